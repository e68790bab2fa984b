import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import ChainMapPage from '../pages/ChainMapPage.vue';
import HomePage from '../pages/HomePage.vue';

/**
 * Every view has its own URL, its state in the query string, so a link reproduces it.
 * The home page and the chain map, the view officers bookmark and open most, are in the
 * first bundle (no second round trip for their code); the other views load when opened.
 */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { title: '首页' } },
  { path: '/chain/:id', name: 'chain', component: ChainMapPage, meta: { title: '产业链图谱' } },
  {
    path: '/chain/:id/attract',
    name: 'attract',
    component: () => import('../pages/AttractPage.vue'),
    meta: { title: '招商对象' },
  },
  {
    path: '/chain/:id/compare',
    name: 'compare',
    component: () => import('../pages/ComparePage.vue'),
    meta: { title: '城市对比' },
  },
  {
    path: '/province',
    name: 'province',
    component: () => import('../pages/ProvincePage.vue'),
    meta: { title: '全省概览' },
  },
  {
    path: '/enterprise/:id',
    name: 'enterprise',
    component: () => import('../pages/EnterprisePage.vue'),
    meta: { title: '企业' },
  },
  { path: '/place/:id', name: 'place', component: () => import('../pages/PlacePage.vue'), meta: { title: '地区' } },
  { path: '/sector/:id', name: 'sector', component: () => import('../pages/SectorPage.vue'), meta: { title: '产业' } },
  {
    path: '/cluster/:id',
    name: 'cluster',
    component: () => import('../pages/ClusterPage.vue'),
    meta: { title: '产业集群' },
  },
  {
    path: '/project/:id',
    name: 'project',
    component: () => import('../pages/ProjectPage.vue'),
    meta: { title: '重点项目' },
  },
  {
    path: '/targets',
    name: 'targets',
    component: () => import('../pages/TargetsPage.vue'),
    meta: { title: '目标进度' },
  },
  {
    path: '/import',
    name: 'import',
    component: () => import('../pages/ImportPage.vue'),
    meta: { title: '导入企业名单' },
  },
  { path: '/plans', name: 'plans', component: () => import('../pages/PlansPage.vue'), meta: { title: '规划' } },
  {
    path: '/plans/compare',
    name: 'plan-compare',
    component: () => import('../pages/PlanComparePage.vue'),
    meta: { title: '规划对比' },
  },
  {
    path: '/plans/:id',
    name: 'plan',
    component: () => import('../pages/PlanReviewPage.vue'),
    meta: { title: '规划审核' },
  },
  {
    path: '/pipeline',
    name: 'pipeline',
    component: () => import('../pages/PipelineBoardPage.vue'),
    meta: { title: '招商项目' },
  },
  {
    path: '/leads/:id',
    name: 'lead',
    component: () => import('../pages/LeadPage.vue'),
    meta: { title: '招商项目' },
  },
  { path: '/signin', name: 'signin', component: () => import('../pages/SignInPage.vue'), meta: { title: '登录' } },
  {
    path: '/account',
    name: 'account',
    component: () => import('../pages/AccountPage.vue'),
    meta: { title: '我的账号' },
  },
  { path: '/users', name: 'users', component: () => import('../pages/UsersPage.vue'), meta: { title: '用户管理' } },
  {
    path: '/consistency',
    name: 'consistency',
    component: () => import('../pages/ConsistencyPage.vue'),
    meta: { title: '规划一致性' },
  },
  {
    path: '/workbench',
    name: 'workbench',
    component: () => import('../pages/WorkbenchPage.vue'),
    meta: { title: '工作台' },
  },
  {
    path: '/pipeline/outcomes',
    name: 'outcomes',
    component: () => import('../pages/OutcomesPage.vue'),
    meta: { title: '成效分析' },
  },
  {
    path: '/:rest(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { title: '页面不存在' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? undefined : { top: 0 }),
});
