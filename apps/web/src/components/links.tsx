import { Anchor, type AnchorProps, Button, type ButtonProps, NavLink, type NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorElementProps = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

function AnchorBase(props: AnchorProps & AnchorElementProps) {
  return <Anchor {...props} />;
}

function ButtonBase(props: ButtonProps & AnchorElementProps) {
  return <Button component="a" {...props} />;
}

function NavLinkBase(props: NavLinkProps & Omit<AnchorElementProps, 'onChange'>) {
  return <NavLink component="a" {...props} />;
}

/** Mantine `Anchor` that navigates with the router: `<AnchorLink to="/register">`. */
export const AnchorLink = createLink(AnchorBase);
/** Mantine `Button` rendered as a router link. */
export const ButtonLink = createLink(ButtonBase);
/** Mantine `NavLink` rendered as a router link, highlighted while its route is active. */
export const NavLinkLink = createLink(NavLinkBase);
