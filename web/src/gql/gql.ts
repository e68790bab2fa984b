/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SourceFields on Source {\n    kind\n    section\n    quote\n    note\n    document\n    date\n    file\n    line\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  query MyTokens { myTokens { id issuedAt expiresAt revokedAt current } }\n": typeof types.MyTokensDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RevokeMyToken($id: ID!) { revokeMyToken(id: $id) }\n": typeof types.RevokeMyTokenDocument,
    "\n  query Recommend($chain: ID!, $place: ID!, $first: Int!) {\n    recommendTargets(chain: $chain, place: $place, first: $first) {\n      score\n      enterprise { id name aliases places { id name } sources { ...SourceFields } }\n      fillsLinks { id name stage }\n      reasons(language: ZH)\n    }\n    chainGaps(chain: $chain, place: $place) { coverage chain { id name } place { id name level } links { status link { id name } } }\n  }\n": typeof types.RecommendDocument,
    "\n  query WhatIf($enterprise: ID!, $place: ID!) {\n    whatIf(enterprise: $enterprise, place: $place) {\n      chains { chain { id name } coverageBefore coverageAfter closedLinks { id name } }\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  query ChainMap($chain: ID!, $place: ID) {\n    chainGaps(chain: $chain, place: $place) {\n      coverage\n      chain { id key name aliases sector { id name category } links { id feeds { id } } plans { id title issuer date } }\n      place { id name level parent { id name } }\n      links {\n        status\n        link { id name nameEn stage }\n        localEnterprisesPage(first: 3) { totalCount edges { node { id name } } }\n        targetEnterprises { id name }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": typeof types.ChainMapDocument,
    "\n  query LinkDetails($link: ID!, $place: ID!, $after: String) {\n    node(id: $link) {\n      id\n      ... on ChainLink {\n        name\n        stage\n        aliases\n        group\n        fedBy { id name }\n        feeds { id name }\n        enterprisesPage(place: $place, first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { id name places { id name } sources { ...SourceFields } } }\n        }\n        stances {\n          id\n          role\n          verb\n          enterprise { id name places { name } }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n": typeof types.LinkDetailsDocument,
    "\n  query Chains {\n    sectors { id name category chains { id name aliases } }\n  }\n": typeof types.ChainsDocument,
    "\n  query Compare($chain: ID!, $places: [ID!]!) {\n    compareChain(chain: $chain, places: $places) {\n      chain { id name }\n      places { place { id name } coverage covered targeted gaps }\n      links { link { id name stage } statuses }\n    }\n  }\n": typeof types.CompareDocument,
    "\n  query ProvinceCoverage($chain: ID!) {\n    chainCoverage(chain: $chain, levels: [CITY]) { place { id name level } coverage covered targeted gaps }\n  }\n": typeof types.ProvinceCoverageDocument,
    "\n  query Consistency {\n    planConsistency {\n      check(language: ZH)\n      stated\n      computed\n      difference\n      unit\n      consistent\n      explanation(language: ZH)\n      subject { id ... on Sector { name } ... on Category { name } ... on Place { name } }\n      statedSources { ...SourceFields }\n      partSources { ...SourceFields }\n    }\n  }\n": typeof types.ConsistencyDocument,
    "\n  query EnterprisePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Enterprise {\n        name\n        kind\n        aliases\n        nameEn\n        places { id name level parent { id name } }\n        operatesIn { id name stage chain { id name } }\n        stances {\n          id\n          role\n          verb\n          link { id name chain { id name } }\n          sector { id name }\n          sources { ...SourceFields }\n        }\n        projects { id name capacity place { id name } link { id name } sources { ...SourceFields } }\n        carriers { id name kind tier level }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": typeof types.EnterprisePageDocument,
    "\n  query PlacePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Place {\n        plans { id title issuer date }\n        name\n        fullName\n        aliases\n        level\n        inHenan\n        parent { id name }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n        sources { ...SourceFields }\n      }\n    }\n    criticalLinks(place: $id, first: 12) {\n      score\n      status\n      link { id name }\n      chain { id name }\n      reasons(language: ZH)\n    }\n    clusters(where: { place: $id }) { id name kind tier level sector { id name } }\n    enterprises(where: { place: $id }, first: 50) { totalCount edges { node { id name operatesIn { id name } } } }\n  }\n": typeof types.PlacePageDocument,
    "\n  query SectorPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Sector {\n        name\n        nameEn\n        category\n        keyProjectCount\n        targets { id label value valueMax unit text growthPct year attainment sources { ...SourceFields } }\n        chains { id name aliases links { id } }\n        carriers { id name kind tier level place { id name } places { id name } }\n        sources { ...SourceFields }\n      }\n    }\n    projects(where: { sector: $id }, first: 100) {\n      totalCount\n      edges { node { id name capacity enterprise { id name } place { id name } cluster { id name } } }\n    }\n  }\n": typeof types.SectorPageDocument,
    "\n  query ClusterPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Cluster {\n        name\n        kind\n        tier\n        level\n        sector { id name chains { id name } }\n        places { id name parent { id name } }\n        enterprises { id name kind }\n        links { id name chain { id name } }\n        projects { id name }\n        targets { id label value unit text attainment }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": typeof types.ClusterPageDocument,
    "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Project {\n        name\n        capacity\n        enterprise { id name kind }\n        place { id name }\n        sector { id name }\n        link { id name chain { id name } }\n        cluster { id name kind }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": typeof types.ProjectPageDocument,
    "\n  query Home {\n    categories { id key name targets { id label value unit text growthPct year } }\n    sectors {\n      id\n      key\n      name\n      category\n      targets { id metric label value valueMax unit text growthPct year }\n      chains { id name }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment ImportFields on Import {\n    id file status rows rowsWritten by startedAt finishedAt enterprisesCreated rowsIntoExisting relationshipsCreated aliasesAdded\n    format encoding sheet ignoredColumns ignoredColumnCount error undoneAt undoneBy\n  }\n": typeof types.ImportFieldsFragmentDoc,
    "\n  fragment ImportCheckFields on ImportCheck {\n    ok format encoding sheet ignoredColumns ignoredColumnCount rows enterprisesToCreate enterprisesToMerge duplicateRows problems(language: ZH) problemCount\n    createdExamples { line name }\n    mergedExamples { line name into by }\n  }\n": typeof types.ImportCheckFieldsFragmentDoc,
    "\n  query Imports { imports(first: 50) { ...ImportFields } }\n": typeof types.ImportsDocument,
    "\n  query ImportProgress($id: ID!) { node(id: $id) { id ... on Import { ...ImportFields } } }\n": typeof types.ImportProgressDocument,
    "\n  mutation CheckImport($input: ImportFileInput!) { checkImport(input: $input) { ...ImportCheckFields } }\n": typeof types.CheckImportDocument,
    "\n  mutation RunImport($input: ImportFileInput!) { runImport(input: $input) { ...ImportFields } }\n": typeof types.RunImportDocument,
    "\n  mutation UndoImport($id: ID!) { undoImport(id: $id) { ...ImportFields } }\n": typeof types.UndoImportDocument,
    "\n  query Cities {\n    province { id name childrenPage(first: 100) { edges { node { id name level } } } }\n  }\n": typeof types.CitiesDocument,
    "\n  query PlaceContext($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Place {\n        name\n        level\n        parent { id name level }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n      }\n    }\n  }\n": typeof types.PlaceContextDocument,
    "\n  fragment PlanHead on Plan {\n    id title issuer date number status curated periodStart periodEnd publishedAt withdrawnAt\n    region { id name }\n    counts { kind total accepted }\n  }\n": typeof types.PlanHeadFragmentDoc,
    "\n  fragment CandidateFields on Candidate {\n    id kind name chain place value valueMax unit year growthPct stage role carrierKind quote start end section confidence rule status decidedAt\n    mergedInto { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } }\n  }\n": typeof types.CandidateFieldsFragmentDoc,
    "\n  query Plans($where: PlanWhere, $after: String) {\n    plans(where: $where, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...PlanHead } }\n  }\n": typeof types.PlansDocument,
    "\n  query PlanReview($id: ID!, $editor: Boolean!) {\n    plan(id: $id) {\n      ...PlanHead\n      text\n      ingestedAt\n      sections { id code title }\n      review @include(if: $editor) { kind pending accepted rejected }\n      decisions(first: 50) @include(if: $editor) { id action by at changes candidate { id kind name } }\n    }\n  }\n": typeof types.PlanReviewDocument,
    "\n  query PlanCandidates($id: ID!, $kind: CandidateKind, $status: CandidateStatus, $after: String) {\n    plan(id: $id) {\n      id\n      candidates(kind: $kind, status: $status, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CandidateFields } }\n    }\n  }\n": typeof types.PlanCandidatesDocument,
    "\n  query PublishPreview($id: ID!) {\n    plan(id: $id) {\n      id\n      publishPreview {\n        blockers\n        added { kind name detail }\n        merged { kind name detail into { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } ... on Enterprise { name } ... on Project { name } } }\n      }\n    }\n  }\n": typeof types.PublishPreviewDocument,
    "\n  mutation IngestPlan($input: IngestPlanInput!) { ingestPlan(input: $input) { id title } }\n": typeof types.IngestPlanDocument,
    "\n  mutation ReviewCandidate($input: ReviewCandidateInput!) { reviewCandidate(input: $input) { ...CandidateFields } }\n": typeof types.ReviewCandidateDocument,
    "\n  mutation AddCandidate($input: AddCandidateInput!) { addCandidate(input: $input) { ...CandidateFields } }\n": typeof types.AddCandidateDocument,
    "\n  mutation AcceptCandidates($plan: ID!, $kind: CandidateKind!, $minConfidence: Float!) {\n    acceptCandidates(plan: $plan, kind: $kind, minConfidence: $minConfidence) { accepted review { kind pending accepted rejected } }\n  }\n": typeof types.AcceptCandidatesDocument,
    "\n  mutation PublishPlan($plan: ID!) { publishPlan(plan: $plan) { id status publishedAt } }\n": typeof types.PublishPlanDocument,
    "\n  mutation WithdrawPlan($plan: ID!, $reason: String) { withdrawPlan(plan: $plan, reason: $reason) { id status withdrawnAt } }\n": typeof types.WithdrawPlanDocument,
    "\n  query ComparePlans($first: ID!, $second: ID!) {\n    comparePlans(first: $first, second: $second) {\n      first { ...PlanHead }\n      second { ...PlanHead }\n      both { kind name chain firstQuote secondQuote }\n      onlyFirst { kind name chain firstQuote secondQuote }\n      onlySecond { kind name chain firstQuote secondQuote }\n      targets { label unit firstQuote secondQuote first { id value valueMax unit year } second { id value valueMax unit year } }\n      placeRoles { place { id name } firstRole secondRole firstQuote secondQuote }\n    }\n  }\n": typeof types.ComparePlansDocument,
    "\n  query GoverningPlans($place: ID!) {\n    plans(where: { governs: $place }, first: 10) { nodes { id title issuer date } }\n  }\n": typeof types.GoverningPlansDocument,
    "\n  query SearchAnything($text: String!) {\n    search(text: $text, first: 12) {\n      score\n      kind\n      node {\n        id\n        ... on Sector { name category }\n        ... on Chain { name aliases sector { name } }\n        ... on ChainLink { name aliases group chain { id name } }\n        ... on Enterprise { name organisationKind: kind aliases places { name } }\n        ... on Place { name level parent { name } }\n        ... on Cluster { name carrierKind: kind tier place { name } }\n        ... on Project { name place { name } }\n      }\n    }\n  }\n": typeof types.SearchAnythingDocument,
    "\n  query CheckToken { viewer { subject roles canWrite } }\n": typeof types.CheckTokenDocument,
    "\n  mutation SignInWithPassword($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { viewer { name roles place { id name level } } }\n  }\n": typeof types.SignInWithPasswordDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  query TargetsPage($where: TargetWhere) {\n    targets(where: $where) {\n      id\n      key\n      metric\n      label\n      value\n      valueMax\n      unit\n      text\n      year\n      growthPct\n      impliedBaseline\n      attainment\n      subject {\n        id\n        __typename\n        ... on Sector { name category }\n        ... on Category { name }\n        ... on Place { name }\n        ... on Cluster { name }\n      }\n      actuals { id value asOf note recordedAt recordedBy }\n      sources { ...SourceFields }\n    }\n    sectors { id name category }\n  }\n": typeof types.TargetsPageDocument,
    "\n  mutation RecordActualFromApp($input: RecordActualInput!) {\n    recordActual(input: $input) {\n      target { id attainment actuals { id value asOf note recordedAt recordedBy } }\n      actual { id value asOf }\n    }\n  }\n": typeof types.RecordActualFromAppDocument,
    "\n  query Users {\n    users { username name roles place { id name } active locked lastSignInAt }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { username }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DisableUser($username: String!) { disableUser(username: $username) }\n": typeof types.DisableUserDocument,
    "\n  mutation SetUserPassword($username: String!, $password: String!) { setUserPassword(username: $username, password: $password) }\n": typeof types.SetUserPasswordDocument,
    "\n  query Viewer {\n    viewer { subject name roles canWrite place { id name level } }\n  }\n": typeof types.ViewerDocument,
};
const documents: Documents = {
    "\n  fragment SourceFields on Source {\n    kind\n    section\n    quote\n    note\n    document\n    date\n    file\n    line\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  query MyTokens { myTokens { id issuedAt expiresAt revokedAt current } }\n": types.MyTokensDocument,
    "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }\n": types.ChangePasswordDocument,
    "\n  mutation RevokeMyToken($id: ID!) { revokeMyToken(id: $id) }\n": types.RevokeMyTokenDocument,
    "\n  query Recommend($chain: ID!, $place: ID!, $first: Int!) {\n    recommendTargets(chain: $chain, place: $place, first: $first) {\n      score\n      enterprise { id name aliases places { id name } sources { ...SourceFields } }\n      fillsLinks { id name stage }\n      reasons(language: ZH)\n    }\n    chainGaps(chain: $chain, place: $place) { coverage chain { id name } place { id name level } links { status link { id name } } }\n  }\n": types.RecommendDocument,
    "\n  query WhatIf($enterprise: ID!, $place: ID!) {\n    whatIf(enterprise: $enterprise, place: $place) {\n      chains { chain { id name } coverageBefore coverageAfter closedLinks { id name } }\n    }\n  }\n": types.WhatIfDocument,
    "\n  query ChainMap($chain: ID!, $place: ID) {\n    chainGaps(chain: $chain, place: $place) {\n      coverage\n      chain { id key name aliases sector { id name category } links { id feeds { id } } plans { id title issuer date } }\n      place { id name level parent { id name } }\n      links {\n        status\n        link { id name nameEn stage }\n        localEnterprisesPage(first: 3) { totalCount edges { node { id name } } }\n        targetEnterprises { id name }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": types.ChainMapDocument,
    "\n  query LinkDetails($link: ID!, $place: ID!, $after: String) {\n    node(id: $link) {\n      id\n      ... on ChainLink {\n        name\n        stage\n        aliases\n        group\n        fedBy { id name }\n        feeds { id name }\n        enterprisesPage(place: $place, first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { id name places { id name } sources { ...SourceFields } } }\n        }\n        stances {\n          id\n          role\n          verb\n          enterprise { id name places { name } }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n": types.LinkDetailsDocument,
    "\n  query Chains {\n    sectors { id name category chains { id name aliases } }\n  }\n": types.ChainsDocument,
    "\n  query Compare($chain: ID!, $places: [ID!]!) {\n    compareChain(chain: $chain, places: $places) {\n      chain { id name }\n      places { place { id name } coverage covered targeted gaps }\n      links { link { id name stage } statuses }\n    }\n  }\n": types.CompareDocument,
    "\n  query ProvinceCoverage($chain: ID!) {\n    chainCoverage(chain: $chain, levels: [CITY]) { place { id name level } coverage covered targeted gaps }\n  }\n": types.ProvinceCoverageDocument,
    "\n  query Consistency {\n    planConsistency {\n      check(language: ZH)\n      stated\n      computed\n      difference\n      unit\n      consistent\n      explanation(language: ZH)\n      subject { id ... on Sector { name } ... on Category { name } ... on Place { name } }\n      statedSources { ...SourceFields }\n      partSources { ...SourceFields }\n    }\n  }\n": types.ConsistencyDocument,
    "\n  query EnterprisePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Enterprise {\n        name\n        kind\n        aliases\n        nameEn\n        places { id name level parent { id name } }\n        operatesIn { id name stage chain { id name } }\n        stances {\n          id\n          role\n          verb\n          link { id name chain { id name } }\n          sector { id name }\n          sources { ...SourceFields }\n        }\n        projects { id name capacity place { id name } link { id name } sources { ...SourceFields } }\n        carriers { id name kind tier level }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": types.EnterprisePageDocument,
    "\n  query PlacePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Place {\n        plans { id title issuer date }\n        name\n        fullName\n        aliases\n        level\n        inHenan\n        parent { id name }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n        sources { ...SourceFields }\n      }\n    }\n    criticalLinks(place: $id, first: 12) {\n      score\n      status\n      link { id name }\n      chain { id name }\n      reasons(language: ZH)\n    }\n    clusters(where: { place: $id }) { id name kind tier level sector { id name } }\n    enterprises(where: { place: $id }, first: 50) { totalCount edges { node { id name operatesIn { id name } } } }\n  }\n": types.PlacePageDocument,
    "\n  query SectorPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Sector {\n        name\n        nameEn\n        category\n        keyProjectCount\n        targets { id label value valueMax unit text growthPct year attainment sources { ...SourceFields } }\n        chains { id name aliases links { id } }\n        carriers { id name kind tier level place { id name } places { id name } }\n        sources { ...SourceFields }\n      }\n    }\n    projects(where: { sector: $id }, first: 100) {\n      totalCount\n      edges { node { id name capacity enterprise { id name } place { id name } cluster { id name } } }\n    }\n  }\n": types.SectorPageDocument,
    "\n  query ClusterPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Cluster {\n        name\n        kind\n        tier\n        level\n        sector { id name chains { id name } }\n        places { id name parent { id name } }\n        enterprises { id name kind }\n        links { id name chain { id name } }\n        projects { id name }\n        targets { id label value unit text attainment }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": types.ClusterPageDocument,
    "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Project {\n        name\n        capacity\n        enterprise { id name kind }\n        place { id name }\n        sector { id name }\n        link { id name chain { id name } }\n        cluster { id name kind }\n        sources { ...SourceFields }\n      }\n    }\n  }\n": types.ProjectPageDocument,
    "\n  query Home {\n    categories { id key name targets { id label value unit text growthPct year } }\n    sectors {\n      id\n      key\n      name\n      category\n      targets { id metric label value valueMax unit text growthPct year }\n      chains { id name }\n    }\n  }\n": types.HomeDocument,
    "\n  fragment ImportFields on Import {\n    id file status rows rowsWritten by startedAt finishedAt enterprisesCreated rowsIntoExisting relationshipsCreated aliasesAdded\n    format encoding sheet ignoredColumns ignoredColumnCount error undoneAt undoneBy\n  }\n": types.ImportFieldsFragmentDoc,
    "\n  fragment ImportCheckFields on ImportCheck {\n    ok format encoding sheet ignoredColumns ignoredColumnCount rows enterprisesToCreate enterprisesToMerge duplicateRows problems(language: ZH) problemCount\n    createdExamples { line name }\n    mergedExamples { line name into by }\n  }\n": types.ImportCheckFieldsFragmentDoc,
    "\n  query Imports { imports(first: 50) { ...ImportFields } }\n": types.ImportsDocument,
    "\n  query ImportProgress($id: ID!) { node(id: $id) { id ... on Import { ...ImportFields } } }\n": types.ImportProgressDocument,
    "\n  mutation CheckImport($input: ImportFileInput!) { checkImport(input: $input) { ...ImportCheckFields } }\n": types.CheckImportDocument,
    "\n  mutation RunImport($input: ImportFileInput!) { runImport(input: $input) { ...ImportFields } }\n": types.RunImportDocument,
    "\n  mutation UndoImport($id: ID!) { undoImport(id: $id) { ...ImportFields } }\n": types.UndoImportDocument,
    "\n  query Cities {\n    province { id name childrenPage(first: 100) { edges { node { id name level } } } }\n  }\n": types.CitiesDocument,
    "\n  query PlaceContext($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Place {\n        name\n        level\n        parent { id name level }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n      }\n    }\n  }\n": types.PlaceContextDocument,
    "\n  fragment PlanHead on Plan {\n    id title issuer date number status curated periodStart periodEnd publishedAt withdrawnAt\n    region { id name }\n    counts { kind total accepted }\n  }\n": types.PlanHeadFragmentDoc,
    "\n  fragment CandidateFields on Candidate {\n    id kind name chain place value valueMax unit year growthPct stage role carrierKind quote start end section confidence rule status decidedAt\n    mergedInto { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } }\n  }\n": types.CandidateFieldsFragmentDoc,
    "\n  query Plans($where: PlanWhere, $after: String) {\n    plans(where: $where, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...PlanHead } }\n  }\n": types.PlansDocument,
    "\n  query PlanReview($id: ID!, $editor: Boolean!) {\n    plan(id: $id) {\n      ...PlanHead\n      text\n      ingestedAt\n      sections { id code title }\n      review @include(if: $editor) { kind pending accepted rejected }\n      decisions(first: 50) @include(if: $editor) { id action by at changes candidate { id kind name } }\n    }\n  }\n": types.PlanReviewDocument,
    "\n  query PlanCandidates($id: ID!, $kind: CandidateKind, $status: CandidateStatus, $after: String) {\n    plan(id: $id) {\n      id\n      candidates(kind: $kind, status: $status, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CandidateFields } }\n    }\n  }\n": types.PlanCandidatesDocument,
    "\n  query PublishPreview($id: ID!) {\n    plan(id: $id) {\n      id\n      publishPreview {\n        blockers\n        added { kind name detail }\n        merged { kind name detail into { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } ... on Enterprise { name } ... on Project { name } } }\n      }\n    }\n  }\n": types.PublishPreviewDocument,
    "\n  mutation IngestPlan($input: IngestPlanInput!) { ingestPlan(input: $input) { id title } }\n": types.IngestPlanDocument,
    "\n  mutation ReviewCandidate($input: ReviewCandidateInput!) { reviewCandidate(input: $input) { ...CandidateFields } }\n": types.ReviewCandidateDocument,
    "\n  mutation AddCandidate($input: AddCandidateInput!) { addCandidate(input: $input) { ...CandidateFields } }\n": types.AddCandidateDocument,
    "\n  mutation AcceptCandidates($plan: ID!, $kind: CandidateKind!, $minConfidence: Float!) {\n    acceptCandidates(plan: $plan, kind: $kind, minConfidence: $minConfidence) { accepted review { kind pending accepted rejected } }\n  }\n": types.AcceptCandidatesDocument,
    "\n  mutation PublishPlan($plan: ID!) { publishPlan(plan: $plan) { id status publishedAt } }\n": types.PublishPlanDocument,
    "\n  mutation WithdrawPlan($plan: ID!, $reason: String) { withdrawPlan(plan: $plan, reason: $reason) { id status withdrawnAt } }\n": types.WithdrawPlanDocument,
    "\n  query ComparePlans($first: ID!, $second: ID!) {\n    comparePlans(first: $first, second: $second) {\n      first { ...PlanHead }\n      second { ...PlanHead }\n      both { kind name chain firstQuote secondQuote }\n      onlyFirst { kind name chain firstQuote secondQuote }\n      onlySecond { kind name chain firstQuote secondQuote }\n      targets { label unit firstQuote secondQuote first { id value valueMax unit year } second { id value valueMax unit year } }\n      placeRoles { place { id name } firstRole secondRole firstQuote secondQuote }\n    }\n  }\n": types.ComparePlansDocument,
    "\n  query GoverningPlans($place: ID!) {\n    plans(where: { governs: $place }, first: 10) { nodes { id title issuer date } }\n  }\n": types.GoverningPlansDocument,
    "\n  query SearchAnything($text: String!) {\n    search(text: $text, first: 12) {\n      score\n      kind\n      node {\n        id\n        ... on Sector { name category }\n        ... on Chain { name aliases sector { name } }\n        ... on ChainLink { name aliases group chain { id name } }\n        ... on Enterprise { name organisationKind: kind aliases places { name } }\n        ... on Place { name level parent { name } }\n        ... on Cluster { name carrierKind: kind tier place { name } }\n        ... on Project { name place { name } }\n      }\n    }\n  }\n": types.SearchAnythingDocument,
    "\n  query CheckToken { viewer { subject roles canWrite } }\n": types.CheckTokenDocument,
    "\n  mutation SignInWithPassword($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { viewer { name roles place { id name level } } }\n  }\n": types.SignInWithPasswordDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  query TargetsPage($where: TargetWhere) {\n    targets(where: $where) {\n      id\n      key\n      metric\n      label\n      value\n      valueMax\n      unit\n      text\n      year\n      growthPct\n      impliedBaseline\n      attainment\n      subject {\n        id\n        __typename\n        ... on Sector { name category }\n        ... on Category { name }\n        ... on Place { name }\n        ... on Cluster { name }\n      }\n      actuals { id value asOf note recordedAt recordedBy }\n      sources { ...SourceFields }\n    }\n    sectors { id name category }\n  }\n": types.TargetsPageDocument,
    "\n  mutation RecordActualFromApp($input: RecordActualInput!) {\n    recordActual(input: $input) {\n      target { id attainment actuals { id value asOf note recordedAt recordedBy } }\n      actual { id value asOf }\n    }\n  }\n": types.RecordActualFromAppDocument,
    "\n  query Users {\n    users { username name roles place { id name } active locked lastSignInAt }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { username }\n  }\n": types.CreateUserDocument,
    "\n  mutation DisableUser($username: String!) { disableUser(username: $username) }\n": types.DisableUserDocument,
    "\n  mutation SetUserPassword($username: String!, $password: String!) { setUserPassword(username: $username, password: $password) }\n": types.SetUserPasswordDocument,
    "\n  query Viewer {\n    viewer { subject name roles canWrite place { id name level } }\n  }\n": types.ViewerDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    kind\n    section\n    quote\n    note\n    document\n    date\n    file\n    line\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    kind\n    section\n    quote\n    note\n    document\n    date\n    file\n    line\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTokens { myTokens { id issuedAt expiresAt revokedAt current } }\n"): (typeof documents)["\n  query MyTokens { myTokens { id issuedAt expiresAt revokedAt current } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }\n"): (typeof documents)["\n  mutation ChangePassword($oldPassword: String!, $newPassword: String!) { changePassword(oldPassword: $oldPassword, newPassword: $newPassword) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMyToken($id: ID!) { revokeMyToken(id: $id) }\n"): (typeof documents)["\n  mutation RevokeMyToken($id: ID!) { revokeMyToken(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommend($chain: ID!, $place: ID!, $first: Int!) {\n    recommendTargets(chain: $chain, place: $place, first: $first) {\n      score\n      enterprise { id name aliases places { id name } sources { ...SourceFields } }\n      fillsLinks { id name stage }\n      reasons(language: ZH)\n    }\n    chainGaps(chain: $chain, place: $place) { coverage chain { id name } place { id name level } links { status link { id name } } }\n  }\n"): (typeof documents)["\n  query Recommend($chain: ID!, $place: ID!, $first: Int!) {\n    recommendTargets(chain: $chain, place: $place, first: $first) {\n      score\n      enterprise { id name aliases places { id name } sources { ...SourceFields } }\n      fillsLinks { id name stage }\n      reasons(language: ZH)\n    }\n    chainGaps(chain: $chain, place: $place) { coverage chain { id name } place { id name level } links { status link { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($enterprise: ID!, $place: ID!) {\n    whatIf(enterprise: $enterprise, place: $place) {\n      chains { chain { id name } coverageBefore coverageAfter closedLinks { id name } }\n    }\n  }\n"): (typeof documents)["\n  query WhatIf($enterprise: ID!, $place: ID!) {\n    whatIf(enterprise: $enterprise, place: $place) {\n      chains { chain { id name } coverageBefore coverageAfter closedLinks { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChainMap($chain: ID!, $place: ID) {\n    chainGaps(chain: $chain, place: $place) {\n      coverage\n      chain { id key name aliases sector { id name category } links { id feeds { id } } plans { id title issuer date } }\n      place { id name level parent { id name } }\n      links {\n        status\n        link { id name nameEn stage }\n        localEnterprisesPage(first: 3) { totalCount edges { node { id name } } }\n        targetEnterprises { id name }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChainMap($chain: ID!, $place: ID) {\n    chainGaps(chain: $chain, place: $place) {\n      coverage\n      chain { id key name aliases sector { id name category } links { id feeds { id } } plans { id title issuer date } }\n      place { id name level parent { id name } }\n      links {\n        status\n        link { id name nameEn stage }\n        localEnterprisesPage(first: 3) { totalCount edges { node { id name } } }\n        targetEnterprises { id name }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkDetails($link: ID!, $place: ID!, $after: String) {\n    node(id: $link) {\n      id\n      ... on ChainLink {\n        name\n        stage\n        aliases\n        group\n        fedBy { id name }\n        feeds { id name }\n        enterprisesPage(place: $place, first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { id name places { id name } sources { ...SourceFields } } }\n        }\n        stances {\n          id\n          role\n          verb\n          enterprise { id name places { name } }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkDetails($link: ID!, $place: ID!, $after: String) {\n    node(id: $link) {\n      id\n      ... on ChainLink {\n        name\n        stage\n        aliases\n        group\n        fedBy { id name }\n        feeds { id name }\n        enterprisesPage(place: $place, first: 20, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { id name places { id name } sources { ...SourceFields } } }\n        }\n        stances {\n          id\n          role\n          verb\n          enterprise { id name places { name } }\n          sources { ...SourceFields }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chains {\n    sectors { id name category chains { id name aliases } }\n  }\n"): (typeof documents)["\n  query Chains {\n    sectors { id name category chains { id name aliases } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Compare($chain: ID!, $places: [ID!]!) {\n    compareChain(chain: $chain, places: $places) {\n      chain { id name }\n      places { place { id name } coverage covered targeted gaps }\n      links { link { id name stage } statuses }\n    }\n  }\n"): (typeof documents)["\n  query Compare($chain: ID!, $places: [ID!]!) {\n    compareChain(chain: $chain, places: $places) {\n      chain { id name }\n      places { place { id name } coverage covered targeted gaps }\n      links { link { id name stage } statuses }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceCoverage($chain: ID!) {\n    chainCoverage(chain: $chain, levels: [CITY]) { place { id name level } coverage covered targeted gaps }\n  }\n"): (typeof documents)["\n  query ProvinceCoverage($chain: ID!) {\n    chainCoverage(chain: $chain, levels: [CITY]) { place { id name level } coverage covered targeted gaps }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Consistency {\n    planConsistency {\n      check(language: ZH)\n      stated\n      computed\n      difference\n      unit\n      consistent\n      explanation(language: ZH)\n      subject { id ... on Sector { name } ... on Category { name } ... on Place { name } }\n      statedSources { ...SourceFields }\n      partSources { ...SourceFields }\n    }\n  }\n"): (typeof documents)["\n  query Consistency {\n    planConsistency {\n      check(language: ZH)\n      stated\n      computed\n      difference\n      unit\n      consistent\n      explanation(language: ZH)\n      subject { id ... on Sector { name } ... on Category { name } ... on Place { name } }\n      statedSources { ...SourceFields }\n      partSources { ...SourceFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterprisePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Enterprise {\n        name\n        kind\n        aliases\n        nameEn\n        places { id name level parent { id name } }\n        operatesIn { id name stage chain { id name } }\n        stances {\n          id\n          role\n          verb\n          link { id name chain { id name } }\n          sector { id name }\n          sources { ...SourceFields }\n        }\n        projects { id name capacity place { id name } link { id name } sources { ...SourceFields } }\n        carriers { id name kind tier level }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterprisePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Enterprise {\n        name\n        kind\n        aliases\n        nameEn\n        places { id name level parent { id name } }\n        operatesIn { id name stage chain { id name } }\n        stances {\n          id\n          role\n          verb\n          link { id name chain { id name } }\n          sector { id name }\n          sources { ...SourceFields }\n        }\n        projects { id name capacity place { id name } link { id name } sources { ...SourceFields } }\n        carriers { id name kind tier level }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlacePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Place {\n        plans { id title issuer date }\n        name\n        fullName\n        aliases\n        level\n        inHenan\n        parent { id name }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n        sources { ...SourceFields }\n      }\n    }\n    criticalLinks(place: $id, first: 12) {\n      score\n      status\n      link { id name }\n      chain { id name }\n      reasons(language: ZH)\n    }\n    clusters(where: { place: $id }) { id name kind tier level sector { id name } }\n    enterprises(where: { place: $id }, first: 50) { totalCount edges { node { id name operatesIn { id name } } } }\n  }\n"): (typeof documents)["\n  query PlacePage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Place {\n        plans { id title issuer date }\n        name\n        fullName\n        aliases\n        level\n        inHenan\n        parent { id name }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n        sources { ...SourceFields }\n      }\n    }\n    criticalLinks(place: $id, first: 12) {\n      score\n      status\n      link { id name }\n      chain { id name }\n      reasons(language: ZH)\n    }\n    clusters(where: { place: $id }) { id name kind tier level sector { id name } }\n    enterprises(where: { place: $id }, first: 50) { totalCount edges { node { id name operatesIn { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SectorPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Sector {\n        name\n        nameEn\n        category\n        keyProjectCount\n        targets { id label value valueMax unit text growthPct year attainment sources { ...SourceFields } }\n        chains { id name aliases links { id } }\n        carriers { id name kind tier level place { id name } places { id name } }\n        sources { ...SourceFields }\n      }\n    }\n    projects(where: { sector: $id }, first: 100) {\n      totalCount\n      edges { node { id name capacity enterprise { id name } place { id name } cluster { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query SectorPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Sector {\n        name\n        nameEn\n        category\n        keyProjectCount\n        targets { id label value valueMax unit text growthPct year attainment sources { ...SourceFields } }\n        chains { id name aliases links { id } }\n        carriers { id name kind tier level place { id name } places { id name } }\n        sources { ...SourceFields }\n      }\n    }\n    projects(where: { sector: $id }, first: 100) {\n      totalCount\n      edges { node { id name capacity enterprise { id name } place { id name } cluster { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Cluster {\n        name\n        kind\n        tier\n        level\n        sector { id name chains { id name } }\n        places { id name parent { id name } }\n        enterprises { id name kind }\n        links { id name chain { id name } }\n        projects { id name }\n        targets { id label value unit text attainment }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Cluster {\n        name\n        kind\n        tier\n        level\n        sector { id name chains { id name } }\n        places { id name parent { id name } }\n        enterprises { id name kind }\n        links { id name chain { id name } }\n        projects { id name }\n        targets { id label value unit text attainment }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Project {\n        name\n        capacity\n        enterprise { id name kind }\n        place { id name }\n        sector { id name }\n        link { id name chain { id name } }\n        cluster { id name kind }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProjectPage($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Project {\n        name\n        capacity\n        enterprise { id name kind }\n        place { id name }\n        sector { id name }\n        link { id name chain { id name } }\n        cluster { id name kind }\n        sources { ...SourceFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    categories { id key name targets { id label value unit text growthPct year } }\n    sectors {\n      id\n      key\n      name\n      category\n      targets { id metric label value valueMax unit text growthPct year }\n      chains { id name }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    categories { id key name targets { id label value unit text growthPct year } }\n    sectors {\n      id\n      key\n      name\n      category\n      targets { id metric label value valueMax unit text growthPct year }\n      chains { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportFields on Import {\n    id file status rows rowsWritten by startedAt finishedAt enterprisesCreated rowsIntoExisting relationshipsCreated aliasesAdded\n    format encoding sheet ignoredColumns ignoredColumnCount error undoneAt undoneBy\n  }\n"): (typeof documents)["\n  fragment ImportFields on Import {\n    id file status rows rowsWritten by startedAt finishedAt enterprisesCreated rowsIntoExisting relationshipsCreated aliasesAdded\n    format encoding sheet ignoredColumns ignoredColumnCount error undoneAt undoneBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportCheckFields on ImportCheck {\n    ok format encoding sheet ignoredColumns ignoredColumnCount rows enterprisesToCreate enterprisesToMerge duplicateRows problems(language: ZH) problemCount\n    createdExamples { line name }\n    mergedExamples { line name into by }\n  }\n"): (typeof documents)["\n  fragment ImportCheckFields on ImportCheck {\n    ok format encoding sheet ignoredColumns ignoredColumnCount rows enterprisesToCreate enterprisesToMerge duplicateRows problems(language: ZH) problemCount\n    createdExamples { line name }\n    mergedExamples { line name into by }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Imports { imports(first: 50) { ...ImportFields } }\n"): (typeof documents)["\n  query Imports { imports(first: 50) { ...ImportFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: ID!) { node(id: $id) { id ... on Import { ...ImportFields } } }\n"): (typeof documents)["\n  query ImportProgress($id: ID!) { node(id: $id) { id ... on Import { ...ImportFields } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckImport($input: ImportFileInput!) { checkImport(input: $input) { ...ImportCheckFields } }\n"): (typeof documents)["\n  mutation CheckImport($input: ImportFileInput!) { checkImport(input: $input) { ...ImportCheckFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunImport($input: ImportFileInput!) { runImport(input: $input) { ...ImportFields } }\n"): (typeof documents)["\n  mutation RunImport($input: ImportFileInput!) { runImport(input: $input) { ...ImportFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($id: ID!) { undoImport(id: $id) { ...ImportFields } }\n"): (typeof documents)["\n  mutation UndoImport($id: ID!) { undoImport(id: $id) { ...ImportFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cities {\n    province { id name childrenPage(first: 100) { edges { node { id name level } } } }\n  }\n"): (typeof documents)["\n  query Cities {\n    province { id name childrenPage(first: 100) { edges { node { id name level } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceContext($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Place {\n        name\n        level\n        parent { id name level }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlaceContext($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Place {\n        name\n        level\n        parent { id name level }\n        childrenPage(first: 100) { totalCount edges { node { id name level } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanHead on Plan {\n    id title issuer date number status curated periodStart periodEnd publishedAt withdrawnAt\n    region { id name }\n    counts { kind total accepted }\n  }\n"): (typeof documents)["\n  fragment PlanHead on Plan {\n    id title issuer date number status curated periodStart periodEnd publishedAt withdrawnAt\n    region { id name }\n    counts { kind total accepted }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateFields on Candidate {\n    id kind name chain place value valueMax unit year growthPct stage role carrierKind quote start end section confidence rule status decidedAt\n    mergedInto { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } }\n  }\n"): (typeof documents)["\n  fragment CandidateFields on Candidate {\n    id kind name chain place value valueMax unit year growthPct stage role carrierKind quote start end section confidence rule status decidedAt\n    mergedInto { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Plans($where: PlanWhere, $after: String) {\n    plans(where: $where, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...PlanHead } }\n  }\n"): (typeof documents)["\n  query Plans($where: PlanWhere, $after: String) {\n    plans(where: $where, first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...PlanHead } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanReview($id: ID!, $editor: Boolean!) {\n    plan(id: $id) {\n      ...PlanHead\n      text\n      ingestedAt\n      sections { id code title }\n      review @include(if: $editor) { kind pending accepted rejected }\n      decisions(first: 50) @include(if: $editor) { id action by at changes candidate { id kind name } }\n    }\n  }\n"): (typeof documents)["\n  query PlanReview($id: ID!, $editor: Boolean!) {\n    plan(id: $id) {\n      ...PlanHead\n      text\n      ingestedAt\n      sections { id code title }\n      review @include(if: $editor) { kind pending accepted rejected }\n      decisions(first: 50) @include(if: $editor) { id action by at changes candidate { id kind name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanCandidates($id: ID!, $kind: CandidateKind, $status: CandidateStatus, $after: String) {\n    plan(id: $id) {\n      id\n      candidates(kind: $kind, status: $status, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CandidateFields } }\n    }\n  }\n"): (typeof documents)["\n  query PlanCandidates($id: ID!, $kind: CandidateKind, $status: CandidateStatus, $after: String) {\n    plan(id: $id) {\n      id\n      candidates(kind: $kind, status: $status, first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...CandidateFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishPreview($id: ID!) {\n    plan(id: $id) {\n      id\n      publishPreview {\n        blockers\n        added { kind name detail }\n        merged { kind name detail into { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } ... on Enterprise { name } ... on Project { name } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishPreview($id: ID!) {\n    plan(id: $id) {\n      id\n      publishPreview {\n        blockers\n        added { kind name detail }\n        merged { kind name detail into { id ... on Chain { name } ... on ChainLink { name } ... on Place { name } ... on Cluster { name } ... on Enterprise { name } ... on Project { name } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestPlan($input: IngestPlanInput!) { ingestPlan(input: $input) { id title } }\n"): (typeof documents)["\n  mutation IngestPlan($input: IngestPlanInput!) { ingestPlan(input: $input) { id title } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCandidate($input: ReviewCandidateInput!) { reviewCandidate(input: $input) { ...CandidateFields } }\n"): (typeof documents)["\n  mutation ReviewCandidate($input: ReviewCandidateInput!) { reviewCandidate(input: $input) { ...CandidateFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCandidate($input: AddCandidateInput!) { addCandidate(input: $input) { ...CandidateFields } }\n"): (typeof documents)["\n  mutation AddCandidate($input: AddCandidateInput!) { addCandidate(input: $input) { ...CandidateFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCandidates($plan: ID!, $kind: CandidateKind!, $minConfidence: Float!) {\n    acceptCandidates(plan: $plan, kind: $kind, minConfidence: $minConfidence) { accepted review { kind pending accepted rejected } }\n  }\n"): (typeof documents)["\n  mutation AcceptCandidates($plan: ID!, $kind: CandidateKind!, $minConfidence: Float!) {\n    acceptCandidates(plan: $plan, kind: $kind, minConfidence: $minConfidence) { accepted review { kind pending accepted rejected } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPlan($plan: ID!) { publishPlan(plan: $plan) { id status publishedAt } }\n"): (typeof documents)["\n  mutation PublishPlan($plan: ID!) { publishPlan(plan: $plan) { id status publishedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawPlan($plan: ID!, $reason: String) { withdrawPlan(plan: $plan, reason: $reason) { id status withdrawnAt } }\n"): (typeof documents)["\n  mutation WithdrawPlan($plan: ID!, $reason: String) { withdrawPlan(plan: $plan, reason: $reason) { id status withdrawnAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComparePlans($first: ID!, $second: ID!) {\n    comparePlans(first: $first, second: $second) {\n      first { ...PlanHead }\n      second { ...PlanHead }\n      both { kind name chain firstQuote secondQuote }\n      onlyFirst { kind name chain firstQuote secondQuote }\n      onlySecond { kind name chain firstQuote secondQuote }\n      targets { label unit firstQuote secondQuote first { id value valueMax unit year } second { id value valueMax unit year } }\n      placeRoles { place { id name } firstRole secondRole firstQuote secondQuote }\n    }\n  }\n"): (typeof documents)["\n  query ComparePlans($first: ID!, $second: ID!) {\n    comparePlans(first: $first, second: $second) {\n      first { ...PlanHead }\n      second { ...PlanHead }\n      both { kind name chain firstQuote secondQuote }\n      onlyFirst { kind name chain firstQuote secondQuote }\n      onlySecond { kind name chain firstQuote secondQuote }\n      targets { label unit firstQuote secondQuote first { id value valueMax unit year } second { id value valueMax unit year } }\n      placeRoles { place { id name } firstRole secondRole firstQuote secondQuote }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoverningPlans($place: ID!) {\n    plans(where: { governs: $place }, first: 10) { nodes { id title issuer date } }\n  }\n"): (typeof documents)["\n  query GoverningPlans($place: ID!) {\n    plans(where: { governs: $place }, first: 10) { nodes { id title issuer date } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchAnything($text: String!) {\n    search(text: $text, first: 12) {\n      score\n      kind\n      node {\n        id\n        ... on Sector { name category }\n        ... on Chain { name aliases sector { name } }\n        ... on ChainLink { name aliases group chain { id name } }\n        ... on Enterprise { name organisationKind: kind aliases places { name } }\n        ... on Place { name level parent { name } }\n        ... on Cluster { name carrierKind: kind tier place { name } }\n        ... on Project { name place { name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchAnything($text: String!) {\n    search(text: $text, first: 12) {\n      score\n      kind\n      node {\n        id\n        ... on Sector { name category }\n        ... on Chain { name aliases sector { name } }\n        ... on ChainLink { name aliases group chain { id name } }\n        ... on Enterprise { name organisationKind: kind aliases places { name } }\n        ... on Place { name level parent { name } }\n        ... on Cluster { name carrierKind: kind tier place { name } }\n        ... on Project { name place { name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckToken { viewer { subject roles canWrite } }\n"): (typeof documents)["\n  query CheckToken { viewer { subject roles canWrite } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithPassword($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { viewer { name roles place { id name level } } }\n  }\n"): (typeof documents)["\n  mutation SignInWithPassword($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) { viewer { name roles place { id name level } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): (typeof documents)["\n  mutation SignOut { signOut }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetsPage($where: TargetWhere) {\n    targets(where: $where) {\n      id\n      key\n      metric\n      label\n      value\n      valueMax\n      unit\n      text\n      year\n      growthPct\n      impliedBaseline\n      attainment\n      subject {\n        id\n        __typename\n        ... on Sector { name category }\n        ... on Category { name }\n        ... on Place { name }\n        ... on Cluster { name }\n      }\n      actuals { id value asOf note recordedAt recordedBy }\n      sources { ...SourceFields }\n    }\n    sectors { id name category }\n  }\n"): (typeof documents)["\n  query TargetsPage($where: TargetWhere) {\n    targets(where: $where) {\n      id\n      key\n      metric\n      label\n      value\n      valueMax\n      unit\n      text\n      year\n      growthPct\n      impliedBaseline\n      attainment\n      subject {\n        id\n        __typename\n        ... on Sector { name category }\n        ... on Category { name }\n        ... on Place { name }\n        ... on Cluster { name }\n      }\n      actuals { id value asOf note recordedAt recordedBy }\n      sources { ...SourceFields }\n    }\n    sectors { id name category }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActualFromApp($input: RecordActualInput!) {\n    recordActual(input: $input) {\n      target { id attainment actuals { id value asOf note recordedAt recordedBy } }\n      actual { id value asOf }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordActualFromApp($input: RecordActualInput!) {\n    recordActual(input: $input) {\n      target { id attainment actuals { id value asOf note recordedAt recordedBy } }\n      actual { id value asOf }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users { username name roles place { id name } active locked lastSignInAt }\n  }\n"): (typeof documents)["\n  query Users {\n    users { username name roles place { id name } active locked lastSignInAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { username }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { username }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($username: String!) { disableUser(username: $username) }\n"): (typeof documents)["\n  mutation DisableUser($username: String!) { disableUser(username: $username) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($username: String!, $password: String!) { setUserPassword(username: $username, password: $password) }\n"): (typeof documents)["\n  mutation SetUserPassword($username: String!, $password: String!) { setUserPassword(username: $username, password: $password) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { subject name roles canWrite place { id name level } }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer { subject name roles canWrite place { id name level } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;