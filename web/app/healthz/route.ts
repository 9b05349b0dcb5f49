/** Liveness of the web server (no API call, so a load balancer can tell the two apart). */
export function GET() {
  return Response.json({ status: 'ok' });
}
