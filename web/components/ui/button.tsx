import type { ButtonHTMLAttributes, ComponentProps, ReactNode } from 'react';
import { Icon, type IconName } from './icon';
import { IntentLink } from './intent-link';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger' | 'soft';
export type ButtonSize = 'sm' | 'md' | 'lg';

type StyleProps = {
  variant?: ButtonVariant;
  size?: ButtonSize;
  block?: boolean;
  icon?: IconName;
  /** Renders only the icon; `children` becomes the accessible name. */
  iconOnly?: boolean;
};

export function buttonClassName({
  variant = 'secondary',
  size = 'md',
  block,
  iconOnly,
  className,
}: StyleProps & { className?: string | undefined }): string {
  return [
    styles.button,
    styles[variant],
    size !== 'md' && styles[size],
    block && styles.block,
    iconOnly && styles.iconOnly,
    className,
  ]
    .filter(Boolean)
    .join(' ');
}

function Content({ icon, iconOnly, loading, size, children }: StyleProps & { loading?: boolean; children: ReactNode }) {
  const iconSize = size === 'sm' ? 15 : 17;
  if (iconOnly) {
    return (
      <>
        {loading ? <span className={styles.spinner} aria-hidden /> : icon && <Icon name={icon} size={iconSize} />}
        <span className="visually-hidden">{children}</span>
      </>
    );
  }
  return (
    <>
      {loading ? <span className={styles.spinner} aria-hidden /> : icon && <Icon name={icon} size={iconSize} />}
      {children}
    </>
  );
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & StyleProps & { loading?: boolean };

export function Button({
  variant,
  size,
  block,
  icon,
  iconOnly,
  loading = false,
  className,
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={[buttonClassName({ variant, size, block, iconOnly, className }), loading && styles.loading]
        .filter(Boolean)
        .join(' ')}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      title={iconOnly && typeof children === 'string' ? children : undefined}
      {...rest}
    >
      <Content icon={icon} iconOnly={iconOnly} loading={loading} size={size}>
        {children}
      </Content>
    </button>
  );
}

/** A link styled as a button; prefetched on intent (IntentLink), not on sight. */
export type ButtonLinkProps = ComponentProps<typeof IntentLink> & StyleProps;

export function ButtonLink({ variant, size, block, icon, iconOnly, className, children, ...rest }: ButtonLinkProps) {
  return (
    <IntentLink className={buttonClassName({ variant, size, block, iconOnly, className })} {...rest}>
      <Content icon={icon} iconOnly={iconOnly} size={size}>
        {children}
      </Content>
    </IntentLink>
  );
}
