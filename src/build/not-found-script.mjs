// The 404 page is sent by servers at any missing path, so its links cannot be relative; they are written from
// the domain root ("/_astro/…"). When the site lives under a sub-path (/teaching/na/) of a build that did not
// know it, this finds the site's root (the nearest folder above the address that holds this site's search
// index) and points the page's links, styles and search there. Kept as text so astro.config.mjs can hash it.
export const notFoundScript =
  '(async function(){var parts=location.pathname.split("/");for(var i=parts.length-1;i>1;i--){var root=parts.slice(0,i).join("/")+"/";try{var r=await fetch(root+"pagefind/pagefind-entry.json",{method:"HEAD"});if(!r.ok)continue}catch(e){continue}document.querySelectorAll("[href^=\\"/\\"],[src^=\\"/\\"],[action^=\\"/\\"]").forEach(function(el){["href","src","action"].forEach(function(a){var v=el.getAttribute(a);if(v&&v.charAt(0)==="/"&&v.charAt(1)!=="/")el.setAttribute(a,root+v.slice(1))})});return}})();';
