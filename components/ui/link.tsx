// The portal's links: Next.js's <Link> (navigation on the client) without prefetching. Every
// page here is rendered per request (sessions, CSP nonces), so a prefetch brings back no page,
// only the route's tree and metadata, at a server request for each link that comes into view:
// an administrator's page asked for 42 of them, about four times the server's processor time of
// the page itself. A click still navigates on the client, fetching the page it opens.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
