/** MUI links and buttons that navigate with react-router (real <a href>, so keyboard and middle-click work). */
import { forwardRef } from 'react';
import { Link as RrLink, type LinkProps as RrLinkProps } from 'react-router-dom';
import { Button, Link, type ButtonProps, type LinkProps } from '@mui/material';

const Adapter = forwardRef<HTMLAnchorElement, RrLinkProps>(function Adapter(props, ref) {
  return <RrLink ref={ref} {...props} />;
});

export function RouterLink({ to, ...props }: Omit<LinkProps, 'href'> & { to: string }) {
  return <Link component={Adapter} to={to} {...props} />;
}

export function RouterButton({ to, ...props }: Omit<ButtonProps, 'href'> & { to: string }) {
  return <Button component={Adapter} to={to} {...props} />;
}
