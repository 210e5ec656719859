// Massline: Chinese (locales/zh.json) unless the browser asks for English, for administrators who do.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
