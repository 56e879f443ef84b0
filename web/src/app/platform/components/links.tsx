import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import { createLink, useRouter, type LinkComponent } from '@tanstack/react-router';
import { useEffect, type ComponentPropsWithRef } from 'react';

type AnchorLinkProps = Omit<AnchorProps, 'href'> & ComponentPropsWithRef<'a'>;

function UnderlinedAnchor(props: AnchorLinkProps) {
  return <Anchor c="blue.9" underline="always" {...props} />;
}

const CreatedAnchorLink = createLink(UnderlinedAnchor);

/** A link to a route of the app, typed by the route tree, looking like the rest of the text links. */
export const AnchorLink: LinkComponent<typeof UnderlinedAnchor> = (props) => <CreatedAnchorLink {...props} />;

type ButtonAnchorProps = ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>;

function ButtonAnchor(props: ButtonAnchorProps) {
  return <Button component="a" color="blue.9" {...props} />;
}

const CreatedButtonLink = createLink(ButtonAnchor);

/** A link to a route of the app that looks like a button ("Ny plats"): it goes somewhere, so it is a link to assistive technology. */
export const ButtonLink: LinkComponent<typeof ButtonAnchor> = (props) => <CreatedButtonLink {...props} />;

/** Goes to a path of this site known only at run time (where the person was before signing in). */
export function RedirectTo({ path }: { path: string }) {
  const router = useRouter();
  useEffect(() => {
    router.history.replace(path);
  }, [router, path]);
  return null;
}
