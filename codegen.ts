import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed resolvers from the SDL in schema/; output in src/generated/, never edited by hand. */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/graphql.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#Context',
        useIndexSignature: true,
        useTypeImports: true,
        enumsAsTypes: true,
        mappers: {
          SystemInfo: '../system/model.js#SystemInfoModel',
        },
      },
    },
  },
};

export default config;
