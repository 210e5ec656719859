// Massline: Camunda Forms in Chinese inside Tasklist, loaded through config.js `customScripts`.
// form-js (bundled by Tasklist) writes its validation messages, placeholders and buttons in English and
// formats dates in the browser's locale; it has no translation hook. So:
//  - its date fields read and show yyyy-mm-dd (the format it derives from Intl's default locale),
//  - its date pickers get flatpickr's Chinese names of months and weekdays, weeks starting on Monday,
//  - every English text it renders is replaced by its Chinese wording as soon as it appears.
//  - its errors hold only the errors the form still has, so that Tasklist's Complete button follows them.

// form-js asks `new Intl.DateTimeFormat("default")` for the date format; answer with an ISO-ordered locale.
const NativeDateTimeFormat = Intl.DateTimeFormat;
function DateTimeFormat(locales, options) {
  const isoDefault = locales === 'default' && options === undefined;
  return new NativeDateTimeFormat(isoDefault ? 'sv-SE' : locales, options);
}
DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = DateTimeFormat;

// flatpickr's own "zh" locale (flatpickr/dist/l10n/zh.js, MIT), with Monday first as Chinese calendars have it
const ZH = {
  weekdays: {
    shorthand: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换 12/24 小时时制',
  amPM: ['上午', '下午'],
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

/** form-js's English, in the order tried: exact texts first, then patterns with their numbers. */
const TEXTS = new Map([
  ['Field is required.', '此项为必填项。'],
  ['Field must be a valid email.', '请填写有效的电子邮箱地址。'],
  ['Value is not a number.', '请填写数字。'],
  ['Select', '请选择'],
  ['Search', '搜索'],
  ['Add new', '添加一项'],
  ['Collapse', '收起'],
  ['No results', '没有匹配的选项'],
  ['All values selected', '已全部选中'],
  ['Nothing to show.', '暂无内容。'],
  ['Delete item', '删除此项'],
  ['Remove tag', '移除'],
  ['Toggle list item', '展开或收起'],
  ['Increment', '增加'],
  ['Decrement', '减少'],
  ['Previous page', '上一页'],
  ['Next page', '下一页'],
  ['Section contains an error', '此部分有待修改的内容'],
  ['Section contains data', '此部分已有内容']
]);
const PATTERNS = [
  [/^Field must have minimum length of (\d+)\.$/, '至少需要填写 $1 个字。'],
  [/^Field must have maximum length of (\d+)\.$/, '最多只能填写 $1 个字。'],
  [/^Field must have minimum value of (.+)\.$/, '不能小于 $1。'],
  [/^Field must have maximum value of (.+)\.$/, '不能大于 $1。'],
  [/^Field must match pattern .*$/s, '格式不正确，请按说明填写。'],
  [/^Field must be a valid +international phone number.*$/s, '请填写有效的电话号码（含国际区号，如 +8610…）。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, '请填写有效的数值，最接近的两个有效值是 $1 和 $2。'],
  [/^Value is expected to .*$/s, '数值的格式不正确。'],
  [/^Expand all \((\d+)\)$/, '全部展开（$1）']
];
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

export function chinese(text) {
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return null;
  }
  if (TEXTS.has(trimmed)) {
    return text.replace(trimmed, TEXTS.get(trimmed));
  }
  for (const [pattern, replacement] of PATTERNS) {
    if (pattern.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(pattern, replacement));
    }
  }
  return null;
}

const FORM_PARTS = '.fjs-container, .flatpickr-calendar';

function translate(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (root.parentElement && root.parentElement.closest(FORM_PARTS)) {
      const zh = chinese(root.data);
      if (zh !== null) {
        root.data = zh;
      }
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const inForm = root.closest(FORM_PARTS) !== null;
  const elements = inForm ? [root, ...root.querySelectorAll('*')] : [...root.querySelectorAll(FORM_PARTS)]
    .flatMap(part => [part, ...part.querySelectorAll('*')]);
  for (const element of elements) {
    ATTRIBUTES.forEach(name => translateAttribute(element, name));
    for (const child of element.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        translate(child);
      }
    }
    if (element.classList.contains('flatpickr-calendar')) {
      localizePicker(element);
    }
  }
}

function translateAttribute(element, name) {
  const value = element.getAttribute(name);
  const zh = value === null || !element.closest(FORM_PARTS) ? null : chinese(value);
  if (zh !== null) {
    element.setAttribute(name, zh);
  }
}

function localizePicker(calendar) {
  if (calendar.dataset.masslineZh) {
    return;
  }
  const wrapper = calendar.closest('.flatpickr-wrapper') || calendar.parentElement;
  const input = wrapper && wrapper.querySelector('input');
  const picker = input && input._flatpickr;
  if (picker) {
    calendar.dataset.masslineZh = 'true';
    picker.set('locale', ZH);
  }
}

const observer = new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translate(mutation.target);
    } else if (mutation.type === 'attributes') {
      translateAttribute(mutation.target, mutation.attributeName);
    } else {
      mutation.addedNodes.forEach(translate);
    }
  }
});
observer.observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
});

// Tasklist disables Complete while form-js's `errors` has any key. form-js leaves keys that are no errors:
// a valid field inside a dynamic list is stored as an empty array (`{Field_0016: []}`), and a removed
// list item keeps its errors; only "Save" (a full validation) cleared them. So whenever form-js stores
// errors, the entries it has made are checked again against the current data: those still wrong stay,
// the rest go. No entry is added, so untouched fields show no errors before the user submits.
function valueAt(target, path) {
  return path.reduce((value, key) => (value == null ? undefined : value[key]), target);
}

function putAt(target, path, value) {
  path.slice(0, -1).forEach((key, i) => {
    target = target[key] ??= typeof path[i + 1] === 'number' ? [] : {};
  });
  target[path[path.length - 1]] = value;
}

function currentErrors(form, { data, errors }) {
  const fields = form.get('formFieldRegistry');
  const validator = form.get('validator');
  const current = {};
  for (const instance of form.get('formFieldInstanceRegistry').getAllKeyed()) {
    const { id, valuePath, indexes } = instance;
    const path = [id, ...Object.values(indexes || {})];
    const known = valueAt(errors, path);
    const itemGone = Object.keys(indexes || {}).length > 0 && valueAt(data, valuePath.slice(0, -1)) === undefined;
    if (!Array.isArray(known) || !known.length || itemGone || fields.get(id)?.disabled) {
      continue;
    }
    const found = validator.validateFieldInstance(instance, valueAt(data, valuePath));
    if (found.length) {
      putAt(current, path, found);
    }
  }
  return current;
}

// form-js's Form class is not global: take it from the webpack modules Tasklist's own code uses (lib/deps.js).
function formJsForm() {
  let form = null;
  (self.webpackChunkcamunda_bpm_webapp || []).push([['massline-forms'], {}, require => {
    try {
      form = require(57661).Form; // @bpmn-io/form-js, as Tasklist 7.24 requires it
    } catch (e) {
      form = null;
    }
  }]);
  return form && typeof form.prototype._setState === 'function' ? form : null;
}

const Form = formJsForm();
if (Form) {
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state.errors && Object.keys(state.errors).length) {
      state = { ...state, errors: currentErrors(this, { ...this._getState(), ...state }) };
    }
    return setState.call(this, state);
  };
} else {
  console.warn('massline-forms: form-js not found; Complete may stay disabled after list edits until Save');
}

// A refusal from the server arrives as one notice ("未能提交，请按提示修改 : reason；reason"). Each reason that
// names a field (“意见汇总”为必填项, or 集中学习日期不能晚于今天) is also shown under that field, where the person
// fixes it; the notice keeps them all.
function labelOf(field) {
  const label = field.querySelector('.fjs-form-field-label');
  // "问题清单（班子和每位成员都要有）" is named "问题清单" in the reasons
  return label ? label.textContent.replace(/\*/g, '').replace(/（.*）$/, '').trim() : '';
}

function showReasonsBesideFields(message) {
  const reasons = message.split('；').map(reason => reason.trim()).filter(Boolean);
  document.querySelectorAll('.massline-server-reason').forEach(old => old.remove());
  const fields = [...document.querySelectorAll('.fjs-container .fjs-form-field')].filter(field => labelOf(field));
  for (const reason of reasons) {
    // the most specific label: 集中学习日期 rather than its group 集中学习
    const field = fields.filter(f => reason.includes('“' + labelOf(f) + '”') || reason.startsWith(labelOf(f)))
      .sort((a, b) => labelOf(b).length - labelOf(a).length)[0];
    if (field) {
      const line = document.createElement('div');
      line.className = 'fjs-form-field-error massline-server-reason';
      line.textContent = reason;
      field.appendChild(line);
    }
  }
}

// Tasklist fills a notice's message after adding it: look again whenever the notices change
let shownMessage = '';
new MutationObserver(() => {
  const message = document.querySelector('.page-notifications .alert-danger .message');
  const text = message ? message.textContent.trim() : '';
  if (text && text !== shownMessage) {
    shownMessage = text;
    showReasonsBesideFields(text);
  } else if (!text) {
    shownMessage = '';
  }
}).observe(document.documentElement, { subtree: true, childList: true, characterData: true });

// 保存 keeps a draft in this browser (Tasklist's localStorage) and says nothing: say that it did.
document.addEventListener('click', event => {
  const save = event.target.closest && event.target.closest('.form-actions button.btn-default[ng-click^="save"]');
  if (!save || save.disabled) {
    return;
  }
  const notice = document.createElement('div');
  notice.className = 'massline-saved alert alert-success';
  notice.setAttribute('role', 'status');
  notice.textContent = '已保存草稿：保存在本浏览器中，下次打开此任务时继续填写；点“完成”才会提交。';
  save.closest('.form-actions').prepend(notice);
  setTimeout(() => notice.remove(), 4000);
}, true);

// Tasklist says nothing when a task is done: the form goes, and the refusal of an earlier try stays on
// screen as if this one had failed too. Once the server accepts a task's form, the earlier notices go
// and one says that the task is done (Tasklist's own COMPLETE_OK, which it never shows).
function taskCompleted() {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (!injector) {
    return;
  }
  const notifications = injector.get('Notifications');
  const status = injector.get('$translate').instant('COMPLETE_OK');
  injector.get('$rootScope').$evalAsync(() => notifications.addMessage({ status, duration: 5000, exclusive: true }));
}

const SUBMIT_TASK_FORM = /\/task\/[^/?]+\/submit-form(\?|$)/;
const openRequest = XMLHttpRequest.prototype.open;
const sendRequest = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  this.masslineSubmitsTask = String(method).toUpperCase() === 'POST' && SUBMIT_TASK_FORM.test(String(url));
  return openRequest.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...body) {
  if (this.masslineSubmitsTask) {
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        taskCompleted();
      }
    });
  }
  return sendRequest.apply(this, body);
};

export default [];
