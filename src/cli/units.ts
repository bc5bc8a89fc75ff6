// The CLI prints sizes the way Docker does; the formatter is shared with the site.
export { humanSize } from '../lib/units';
