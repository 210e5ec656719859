// Massline: Chinese (locales/zh.json), whatever the browser's language: its users are the campaign's
// participants.
export default {
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  }
};
