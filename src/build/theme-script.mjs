// The one script that must run before the first paint: it applies a saved theme so that a dark-mode reader
// never sees a white flash. Kept here as text so astro.config.mjs can list its hash in the CSP. It also marks
// <html> with data-js (scripts run) and data-disk (opened from disk, where browsers refuse the islands'
// modules), so the stylesheet can say what needs JavaScript or a web server.
export const themeScript =
  'var d=document.documentElement;d.dataset.js="";if(location.protocol==="file:")d.dataset.disk="";try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")d.dataset.theme=t}catch(e){}';
