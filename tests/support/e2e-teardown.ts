import { stopE2eServer } from "./e2e-server.ts";

export default async function teardown(): Promise<void> {
  await stopE2eServer();
}
