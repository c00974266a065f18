// What the generator's SQL needs of a connection: one query method that runs a statement
// with parameters, or several statements without (node-postgres' Client has it as is; the
// demo history wraps the embedded database in it, tools/demo/history/history-client.ts).
export type LoadQueryResult<Row> = { rows: Row[]; rowCount: number | null; command: string };

export type LoadClient = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<Row extends Record<string, any> = any>(sql: string, params?: unknown[]): Promise<LoadQueryResult<Row>>;
};
