/** What `Query.system` returns before its `database` field is resolved. */
export type SystemInfoModel = { service: string; version: string };
