// `npm run db:seed`: loads the demo data into the configured database (idempotent).
import { closeDb } from "../lib/db/client.ts";
import { seedDemo } from "../tools/demo/seed-demo.ts";

seedDemo()
  .then(({ created }) => console.log(created ? "Demo data loaded." : "Demo data already present."))
  .finally(() => closeDb());
