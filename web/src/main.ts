import { createApp } from 'vue';
import App from './App.vue';
import { installClient } from './modules/client';
import { router } from './modules/router';
import './styles/base.css';
import './styles/print.css';

createApp(App).use(router).use(installClient).mount('#app');
