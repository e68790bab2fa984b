declare module 'virtual:explorer-data' {
  /** One tab per contract operation. */
  export const tabs: { query: string; variables?: string; headers?: string }[];
  /** The printed schema (src/generated/schema.graphql). */
  export const sdl: string;
}
