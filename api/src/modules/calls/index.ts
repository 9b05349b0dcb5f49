import { CallRequestResolver, CallResolver, CompanyCallsResolver } from './call.resolver';
import { PhoneResolver } from './phone.resolver';

export { Call, CallDirection, CallOutcome, CallRequest, CallRequestStatus, CallSource, PhoneDevice } from './call.entity';
export { CallService } from './call.service';
export { CallRequestService } from './call-request.service';
export { PhoneDeviceService } from './phone-device.service';
export { CallConnection, CallRequestResolver, CallResolver, CompanyCallsResolver } from './call.resolver';
export { PhoneResolver } from './phone.resolver';
export { callJobs } from './call.jobs';

export const callResolvers = [PhoneResolver, CallRequestResolver, CallResolver, CompanyCallsResolver];
