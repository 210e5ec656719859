// Massline: Tasklist speaks Chinese (locales/zh.json), whatever the browser's language: its users
// are the campaign's participants; its forms too (scripts/massline-forms.js). The rest is
// Camunda's own default configuration.
export default {
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },

  app: {
    name: '任务列表',
    vendor: '群众路线教育实践活动'
  },

  customScripts: ['scripts/massline-forms'],
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '转到第一个筛选器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '转到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '转到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
