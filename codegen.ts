import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed resolvers from the SDL in schema/ (src/generated/) and the web app's typed documents (web/src/gql/); never edited by hand. */
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
        // Resolvers receive exactly what the Cypher returns (src/model.ts).
        mappers: {
          SystemInfo: '../system/model.js#SystemInfoModel',
          Node: '../model.js#EntityModel',
          Plan: '../model.js#PlanModel',
          Candidate: '../model.js#CandidateModel',
          Source: '../model.js#SourceModel',
          ReviewDecision: '../model.js#DecisionModel',
          Section: '../model.js#SectionModel',
          Category: '../model.js#CategoryModel',
          Sector: '../model.js#SectorModel',
          Chain: '../model.js#ChainModel',
          ChainLink: '../model.js#ChainLinkModel',
          Enterprise: '../model.js#EnterpriseModel',
          Stance: '../model.js#StanceModel',
          Place: '../model.js#PlaceModel',
          Cluster: '../model.js#ClusterModel',
          Project: '../model.js#ProjectModel',
          Target: '../model.js#TargetModel',
          Actual: '../model.js#ActualModel',
          LinkGap: '../analytics/chain-gaps.js#LinkGapModel',
          Recommendation: '../analytics/recommend.js#RecommendationModel',
          LinkCriticality: '../analytics/criticality.js#CriticalityModel',
          ConsistencyFinding: '../analytics/consistency.js#Finding',
          Import: '../import/journal.js#ImportRecord',
          ImportCheck: '../import/check.js#CheckReport',
          Viewer: '../viewer/model.js#ViewerModel',
          SignInResult: '../account/model.js#SignInResultModel',
          User: '../account/model.js#UserModel',
          Lead: '../pipeline/model.js#LeadRow',
          Interaction: '../pipeline/model.js#InteractionRow',
          LeadEvent: '../pipeline/model.js#LeadEventRow',
          AuditEntry: '../pipeline/model.js#AuditRow',
        },
        scalars: { JSON: 'unknown', Date: 'string', DateTime: 'string' },
      },
    },
    'src/generated/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true },
    },
    // The web app's typed documents: every graphql(`...`) call under web/src.
    'web/src/gql/': {
      preset: 'client',
      documents: ['web/src/**/*.ts', '!web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', Date: 'string', DateTime: 'string' },
      },
    },
    'src/generated/operations.generated.ts': {
      documents: 'test/contract/operations/*.graphql',
      plugins: ['typescript-operations'],
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown', Date: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
