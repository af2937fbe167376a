import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";

/**
 * Refuses to run any query built with Kysely but a select, so that code given the read database cannot
 * write through it by mistake. On a SQLite file the read connections refuse writes themselves; this
 * makes the rule the same where the read database is the main connection (PostgreSQL, an in-memory
 * SQLite), so that the tests on any database catch a write sent the wrong way.
 */
export const readOnlyPlugin: KyselyPlugin = {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === "SelectQueryNode" || node.kind === "RawNode") return node;
    throw new Error(`The read database only reads: a ${node.kind} was sent to it`);
  },
  transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(result);
  },
};
