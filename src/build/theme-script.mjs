// The one script that must run before the first paint: it applies a saved theme so that a dark-mode reader
// never sees a white flash. Kept here as text so astro.config.mjs can list its hash in the CSP.
export const themeScript =
  'try{var t=localStorage.getItem("theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}';
