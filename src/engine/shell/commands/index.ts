// Every command model registers itself on import; a new toolchain (go, npm, pip) is one more
// module listed here.
import './builtins';
import './text';
import './files';
import './textutils';
import './os-packages';
import './go';
import './download';
import './users';
import './python';
import './node';
import './java';
