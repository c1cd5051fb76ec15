/** The class on <html> that turns projector mode on, and where the choice is kept. */
export const PROJECTOR_CLASS = "projector";
export const PROJECTOR_STORAGE_KEY = "projector";

/** Runs before first paint, like the theme script, so a projected page never jumps in size. */
const SCRIPT = `(function(){try{if(localStorage.getItem(${JSON.stringify(PROJECTOR_STORAGE_KEY)})==="on")document.documentElement.classList.add(${JSON.stringify(PROJECTOR_CLASS)});}catch(e){}})();`;

export function ProjectorScript() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
