// Massline single sign-on for Camunda's webapps: Spring Security owns login and logout.

// "Log out" leads to Massline's logout page, which ends the one session of all webapps.
const observer = new MutationObserver(() => {
  const item = document.querySelector("li.account li.logout");
  if (item) {
    observer.disconnect();
    const oldLink = item.getElementsByTagName("a")[0];
    const link = oldLink.cloneNode(true); // a clone carries none of the webapp's click handlers
    item.replaceChild(link, oldLink);
    const appRoot = document.querySelector("base").getAttribute("app-root");
    const base = document.location.href.substring(0, document.location.href.indexOf(appRoot));
    link.href = base + "/logout";
  }
});
observer.observe(document, {attributes: false, childList: true, characterData: false, subtree: true});

// The webapps' own login form is never needed: the user is already logged in.
if (window.location.hash.includes("login")) {
  window.location.hash = "";
}
