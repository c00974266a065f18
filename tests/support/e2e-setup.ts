import { startE2eServer } from "./e2e-server.ts";

export default async function setup(): Promise<void> {
  await startE2eServer();
}
