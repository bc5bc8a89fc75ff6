// File-tree pieces several image families share: account files, busybox applet lists, the
// Debian/Ubuntu base system. Plain data. Sizes of named files are those of the amd64 builds,
// rounded (representative, not byte-exact); see docs/base-images.md for the convention.
import type { Entry, LinkGroup } from '../types';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

// ---- accounts ----

/** alpine-baselayout-data 3.6/3.7 */
export const ALPINE_PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

export const ALPINE_GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
console:x:17:
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

export const ALPINE_SHADOW = `root:*::0:::::
bin:!::0:::::
daemon:!::0:::::
lp:!::0:::::
sync:!::0:::::
shutdown:!::0:::::
halt:!::0:::::
mail:!::0:::::
news:!::0:::::
uucp:!::0:::::
cron:!::0:::::
ftp:!::0:::::
sshd:!::0:::::
games:!::0:::::
ntp:!::0:::::
guest:!::0:::::
nobody:!::0:::::
`;

/** base-passwd 3.6.1 (Debian 12) */
export const DEBIAN_PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const DEBIAN_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

/** Ubuntu 22.04 keeps the gnats account; 24.04 ships a default "ubuntu" user (uid 1000). */
export const UBUNTU_PASSWD_2204 = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
gnats:x:41:41:Gnats Bug-Reporting System (admin):/var/lib/gnats:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const UBUNTU_GROUP_2204 = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
gnats:x:41:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

export const UBUNTU_PASSWD_2404 = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
`;

export const UBUNTU_GROUP_2404 = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
fax:x:21:
voice:x:22:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
sasl:x:45:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
ubuntu:x:1000:
`;

/** The node user as docker-node creates it (useradd on Debian, busybox adduser on Alpine). */
export const NODE_USER_DEBIAN = 'node:x:1000:1000::/home/node:/bin/bash\n';
export const NODE_USER_ALPINE = 'node:x:1000:1000:Linux User,,,:/home/node:/bin/sh\n';

/** GoogleContainerTools/distroless common/BUILD.bazel (passwd and group rules). */
export const DISTROLESS_PASSWD = `root:x:0:0:root:/root:/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin
nonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin
`;
export const DISTROLESS_GROUP = `root:x:0:
nobody:x:65534:
tty:x:5:
staff:x:50:
nonroot:x:65532:
`;

// ---- busybox applets ----

/** Applets Alpine's busybox links into each directory (1.36/1.37; the common ones). */
export const ALPINE_APPLETS: LinkGroup[] = [
  {
    dir: '/bin',
    to: '/bin/busybox',
    names: [
      'arch', 'ash', 'base64', 'bbconfig', 'cat', 'chattr', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg',
      'dnsdomainname', 'echo', 'egrep', 'false', 'fgrep', 'fsync', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice',
      'iostat', 'ipcalc', 'kill', 'link', 'linux32', 'linux64', 'ln', 'login', 'ls', 'lsattr', 'lzop', 'makemime', 'mkdir',
      'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mpstat', 'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6',
      'pipe_progress', 'printenv', 'ps', 'pwd', 'reformime', 'rev', 'rm', 'rmdir', 'run-parts', 'sed', 'setpriv', 'setserial',
      'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat',
    ],
  },
  {
    dir: '/sbin',
    to: '/bin/busybox',
    names: [
      'acpid', 'adjtimex', 'arp', 'blkid', 'blockdev', 'depmod', 'fdisk', 'findfs', 'fsck', 'fstrim', 'getty', 'halt',
      'hwclock', 'ifconfig', 'ifdown', 'ifup', 'init', 'insmod', 'ip', 'ipaddr', 'iplink', 'ipneigh', 'iproute', 'iprule',
      'klogd', 'logread', 'losetup', 'lsmod', 'mdev', 'mkdosfs', 'mkfs.vfat', 'mkswap', 'modinfo', 'modprobe', 'nameif',
      'nologin', 'pivot_root', 'poweroff', 'reboot', 'rmmod', 'route', 'swapoff', 'swapon', 'switch_root', 'sysctl', 'syslogd',
      'udhcpc', 'watchdog',
    ],
  },
  {
    dir: '/usr/bin',
    to: '/bin/busybox',
    names: [
      '[', '[[', 'awk', 'basename', 'bc', 'bunzip2', 'bzcat', 'bzip2', 'cal', 'cksum', 'clear', 'cmp', 'comm', 'cpio',
      'crontab', 'cryptpw', 'cut', 'dc', 'diff', 'dirname', 'dos2unix', 'du', 'env', 'expand', 'expr', 'factor', 'fallocate',
      'find', 'flock', 'fold', 'free', 'fuser', 'head', 'hexdump', 'hostid', 'id', 'install', 'ipcrm', 'ipcs', 'killall',
      'less', 'logger', 'lsof', 'lsusb', 'lzcat', 'lzma', 'md5sum', 'mkfifo', 'mkpasswd', 'nc', 'nl', 'nohup', 'nproc',
      'nsenter', 'nslookup', 'od', 'paste', 'patch', 'pgrep', 'pkill', 'pmap', 'printf', 'pstree', 'pwdx', 'readlink',
      'realpath', 'renice', 'reset', 'seq', 'setsid', 'sha1sum', 'sha256sum', 'sha3sum', 'sha512sum', 'shred', 'shuf', 'sort',
      'split', 'strings', 'sum', 'tac', 'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'tree',
      'truncate', 'tty', 'unexpand', 'uniq', 'unix2dos', 'unlink', 'unlzma', 'unshare', 'unxz', 'unzip', 'uptime',
      'uudecode', 'uuencode', 'vi', 'wc', 'wget', 'which', 'whoami', 'whois', 'xargs', 'xxd', 'xzcat', 'yes',
    ],
  },
  {
    dir: '/usr/sbin',
    to: '/bin/busybox',
    names: [
      'add-shell', 'addgroup', 'adduser', 'arping', 'brctl', 'chpasswd', 'chroot', 'crond', 'delgroup', 'deluser',
      'ether-wake', 'fbset', 'killall5', 'loadfont', 'nbd-client', 'ntpd', 'partprobe', 'rdate', 'rdev', 'readahead',
      'remove-shell', 'rfkill', 'sendmail', 'setfont', 'setlogcons',
    ],
  },
];

/** Applets of a standalone busybox (busybox image /bin, distroless :debug /busybox). */
export const BUSYBOX_APPLETS = [
  '[', '[[', 'addgroup', 'adduser', 'ash', 'awk', 'base64', 'basename', 'bunzip2', 'bzcat', 'cat', 'chgrp', 'chmod',
  'chown', 'chroot', 'clear', 'cmp', 'cp', 'cut', 'date', 'dd', 'delgroup', 'deluser', 'df', 'diff', 'dirname', 'dmesg',
  'du', 'echo', 'egrep', 'env', 'expr', 'false', 'fgrep', 'find', 'free', 'getopt', 'grep', 'gunzip', 'gzip', 'head',
  'hexdump', 'hostname', 'id', 'ifconfig', 'install', 'ip', 'kill', 'killall', 'less', 'ln', 'ls', 'md5sum', 'mkdir',
  'mkfifo', 'mknod', 'mktemp', 'more', 'mount', 'mv', 'nc', 'netstat', 'nohup', 'nproc', 'nslookup', 'od', 'passwd',
  'patch', 'pgrep', 'pidof', 'ping', 'pkill', 'printenv', 'printf', 'ps', 'pwd', 'readlink', 'realpath', 'rm', 'rmdir',
  'sed', 'seq', 'sh', 'sha1sum', 'sha256sum', 'sha512sum', 'sleep', 'sort', 'stat', 'strings', 'su', 'sync', 'tac', 'tail',
  'tar', 'tee', 'test', 'time', 'timeout', 'top', 'touch', 'tr', 'traceroute', 'true', 'truncate', 'tty', 'umount',
  'uname', 'uniq', 'unzip', 'uptime', 'vi', 'watch', 'wc', 'wget', 'which', 'whoami', 'xargs', 'yes', 'zcat',
];

// ---- Alpine ----

/** The Alpine minirootfs files every version shares (version-specific files are listed per image). */
export const ALPINE_ROOTFS: Entry[] = [
  { p: '/bin', d: true }, { p: '/dev', d: true }, { p: '/etc', d: true }, { p: '/home', d: true }, { p: '/lib', d: true },
  { p: '/media', d: true }, { p: '/media/cdrom', d: true }, { p: '/media/floppy', d: true }, { p: '/media/usb', d: true },
  { p: '/mnt', d: true }, { p: '/opt', d: true }, { p: '/proc', d: true }, { p: '/root', d: true, m: 0o700 },
  { p: '/run', d: true }, { p: '/sbin', d: true }, { p: '/srv', d: true }, { p: '/sys', d: true },
  { p: '/tmp', d: true, m: 0o1777 }, { p: '/usr', d: true }, { p: '/usr/bin', d: true }, { p: '/usr/lib', d: true },
  { p: '/usr/local', d: true }, { p: '/usr/local/bin', d: true }, { p: '/usr/local/lib', d: true },
  { p: '/usr/local/share', d: true }, { p: '/usr/sbin', d: true }, { p: '/usr/share', d: true }, { p: '/var', d: true },
  { p: '/var/cache', d: true }, { p: '/var/cache/apk', d: true }, { p: '/var/empty', d: true, m: 0o555 },
  { p: '/var/lib', d: true }, { p: '/var/local', d: true }, { p: '/var/lock', l: '../run/lock' }, { p: '/var/log', d: true },
  { p: '/var/mail', d: true }, { p: '/var/opt', d: true }, { p: '/var/run', l: '../run' }, { p: '/var/spool', d: true },
  { p: '/var/spool/cron', d: true }, { p: '/var/spool/cron/crontabs', l: '../../../etc/crontabs' },
  { p: '/var/tmp', d: true, m: 0o1777 },
  { p: '/bin/busybox', s: 808_712, x: true },
  { p: '/lib/ld-musl-x86_64.so.1', s: 661_400, x: true },
  { p: '/lib/libc.musl-x86_64.so.1', l: 'ld-musl-x86_64.so.1' },
  { p: '/usr/lib/libcrypto.so.3', s: 4_610_000, x: true },
  { p: '/usr/lib/libssl.so.3', s: 780_000, x: true },
  { p: '/usr/lib/libz.so.1.3.1', s: 100_500, x: true },
  { p: '/usr/lib/libz.so.1', l: 'libz.so.1.3.1' },
  { p: '/sbin/apk', s: 68_000, x: true },
  { p: '/sbin/ldconfig', s: 393, x: true },
  { p: '/usr/bin/ssl_client', s: 14_000, x: true },
  { p: '/usr/bin/scanelf', s: 66_000, x: true },
  { p: '/usr/bin/getconf', s: 36_000, x: true },
  { p: '/usr/bin/getent', s: 48_000, x: true },
  { p: '/usr/bin/iconv', s: 16_000, x: true },
  { p: '/usr/bin/ldd', l: '/lib/ld-musl-x86_64.so.1' },
  { p: '/etc/passwd', c: ALPINE_PASSWD },
  { p: '/etc/group', c: ALPINE_GROUP },
  { p: '/etc/shadow', c: ALPINE_SHADOW, m: 0o640, g: 42 },
  { p: '/etc/shells', c: '# valid login shells\n/bin/sh\n/bin/ash\n' },
  { p: '/etc/hosts', c: '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n' },
  { p: '/etc/profile', s: 1_092 },
  { p: '/etc/profile.d', d: true },
  { p: '/etc/profile.d/README', s: 295 },
  { p: '/etc/motd', s: 283 },
  { p: '/etc/issue', s: 54 },
  { p: '/etc/inittab', s: 570 },
  { p: '/etc/fstab', s: 89 },
  { p: '/etc/securetty', s: 211 },
  { p: '/etc/services', s: 12_813 },
  { p: '/etc/protocols', s: 3_144 },
  { p: '/etc/nsswitch.conf', s: 205 },
  { p: '/etc/crontabs', d: true },
  { p: '/etc/crontabs/root', s: 283, m: 0o600 },
  { p: '/etc/busybox-paths.d', d: true },
  { p: '/etc/busybox-paths.d/busybox', s: 5_982 },
  { p: '/etc/apk', d: true },
  { p: '/etc/apk/arch', c: 'x86_64\n' },
  { p: '/etc/apk/world', c: 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nmusl-utils\n' },
  { p: '/etc/apk/keys', d: true },
  { p: '/etc/apk/protected_paths.d', d: true },
  { p: '/etc/ssl', d: true },
  { p: '/etc/ssl/certs', d: true },
  { p: '/etc/ssl/certs/ca-certificates.crt', s: 181_000 },
  { p: '/etc/ssl/cert.pem', l: 'certs/ca-certificates.crt' },
  { p: '/etc/ssl/openssl.cnf', s: 12_324 },
  { p: '/etc/ssl/ct_log_list.cnf', s: 412 },
  { p: '/etc/os-release', l: '../usr/lib/os-release' },
  { p: '/lib/apk', d: true },
  { p: '/lib/apk/db', d: true },
  { p: '/lib/apk/db/installed', s: 12_300 },
  { p: '/lib/apk/db/triggers', s: 70 },
  { p: '/lib/apk/db/scripts.tar', s: 16_384 },
  { p: '/lib/apk/db/lock', s: 0 },
];

// ---- Debian and Ubuntu (merged /usr) ----

/** Directories and usrmerge symlinks of a Debian 12 / Ubuntu rootfs. */
export const DEBIAN_DIRS: Entry[] = [
  { p: '/bin', l: 'usr/bin' }, { p: '/sbin', l: 'usr/sbin' }, { p: '/lib', l: 'usr/lib' }, { p: '/lib64', l: 'usr/lib64' },
  { p: '/boot', d: true }, { p: '/dev', d: true }, { p: '/etc', d: true }, { p: '/home', d: true }, { p: '/media', d: true },
  { p: '/mnt', d: true }, { p: '/opt', d: true }, { p: '/proc', d: true }, { p: '/root', d: true, m: 0o700 },
  { p: '/run', d: true }, { p: '/run/lock', d: true, m: 0o1777 }, { p: '/srv', d: true }, { p: '/sys', d: true },
  { p: '/tmp', d: true, m: 0o1777 }, { p: '/usr', d: true }, { p: '/usr/bin', d: true }, { p: '/usr/games', d: true },
  { p: '/usr/include', d: true }, { p: '/usr/lib', d: true }, { p: '/usr/lib64', d: true }, { p: '/usr/libexec', d: true },
  { p: '/usr/local', d: true }, { p: '/usr/local/bin', d: true }, { p: '/usr/local/etc', d: true },
  { p: '/usr/local/games', d: true }, { p: '/usr/local/include', d: true }, { p: '/usr/local/lib', d: true },
  { p: '/usr/local/man', l: 'share/man' }, { p: '/usr/local/sbin', d: true }, { p: '/usr/local/share', d: true },
  { p: '/usr/local/src', d: true }, { p: '/usr/sbin', d: true }, { p: '/usr/share', d: true }, { p: '/usr/src', d: true },
  { p: '/var', d: true }, { p: '/var/backups', d: true }, { p: '/var/cache', d: true }, { p: '/var/lib', d: true },
  { p: '/var/local', d: true, m: 0o2775, g: 50 }, { p: '/var/lock', l: '/run/lock' }, { p: '/var/log', d: true },
  { p: '/var/mail', d: true, m: 0o2775, g: 8 }, { p: '/var/opt', d: true }, { p: '/var/run', l: '/run' },
  { p: '/var/spool', d: true }, { p: '/var/tmp', d: true, m: 0o1777 },
];

/** Programs of the Debian 12 essential set (coreutils, dash, bash, grep, sed, tar, apt, dpkg, ...). */
export const DEBIAN_USR_BIN: Record<string, number> = {
  dash: 125_640, bash: 1_265_648,
  '[': 52_144, arch: 35_664, b2sum: 64_432, base32: 43_888, base64: 43_888, basename: 39_664, cat: 44_016, chgrp: 68_496,
  chmod: 64_400, chown: 72_624, cksum: 92_112, comm: 43_952, cp: 151_152, csplit: 76_144, cut: 48_112, date: 105_136,
  dd: 80_112, df: 97_592, dir: 151_344, dircolors: 48_208, dirname: 35_664, du: 114_488, echo: 35_664, env: 48_048,
  expand: 43_920, expr: 109_104, factor: 76_208, false: 31_440, fmt: 43_952, fold: 43_920, head: 48_112, hostid: 35_664,
  id: 39_824, install: 155_312, join: 52_240, link: 35_664, ln: 76_048, logname: 35_664, ls: 151_344, md5sum: 48_112,
  mkdir: 97_552, mkfifo: 68_464, mknod: 80_048, mktemp: 43_952, mv: 147_088, nice: 39_696, nl: 43_952, nohup: 39_696,
  nproc: 39_696, numfmt: 64_400, od: 72_688, paste: 39_696, pathchk: 39_696, pinky: 43_888, pr: 76_176, printenv: 35_664,
  printf: 68_496, ptx: 97_808, pwd: 39_664, readlink: 52_272, realpath: 52_272, rm: 72_688, rmdir: 52_144, runcon: 39_696,
  seq: 52_144, sha1sum: 48_112, sha224sum: 52_208, sha256sum: 52_208, sha384sum: 56_336, sha512sum: 56_336, shred: 56_304,
  shuf: 48_112, sleep: 35_632, sort: 121_392, split: 56_336, stat: 89_168, stdbuf: 52_144, stty: 80_176, sum: 39_696,
  sync: 35_632, tac: 39_696, tail: 68_528, tee: 39_696, test: 43_952, timeout: 39_728, touch: 97_488, tr: 52_208,
  true: 31_440, truncate: 39_696, tsort: 43_952, tty: 35_664, uname: 35_632, unexpand: 43_920, uniq: 48_144, unlink: 35_664,
  users: 35_664, vdir: 151_344, wc: 48_240, who: 56_336, whoami: 35_664, yes: 35_632,
  grep: 203_152, egrep: 41, fgrep: 41, sed: 122_224, gzip: 98_136, gunzip: 2_346, zcat: 1_984, tar: 535_312,
  find: 224_848, xargs: 72_112, diff: 150_280, cmp: 48_136, mawk: 158_200, hostname: 22_760, login: 48_072, su: 72_000,
  mount: 59_704, umount: 35_128, more: 43_520, perl: 3_926_480, getent: 35_024, ldd: 5_436, iconv: 64_000,
  locale: 60_160, tzselect: 15_000, 'which.debianutils': 1_069, 'run-parts': 27_000, savelog: 11_000,
  'update-alternatives': 60_144, apt: 18_784, 'apt-get': 27_224, 'apt-cache': 84_832, 'apt-config': 27_224,
  'apt-mark': 60_000, dpkg: 318_152, 'dpkg-deb': 150_000, 'dpkg-query': 155_000, 'dpkg-split': 105_000,
  'dpkg-divert': 150_000, 'dpkg-statoverride': 100_000, 'dpkg-trigger': 80_000, 'dpkg-maintscript-helper': 22_000,
  gpgv: 300_000, debconf: 2_859,
  // ncurses-bin, util-linux, bsdutils, passwd, gzip and debianutils extras (all Priority: required)
  tput: 27_000, clear: 14_560, reset: 27_000, tset: 27_000, infocmp: 60_000, tic: 90_000, toe: 23_000,
  logger: 51_000, renice: 14_400, script: 55_000, wall: 27_000, getopt: 23_000, flock: 27_000, setsid: 14_400,
  nsenter: 35_000, unshare: 39_000, taskset: 27_000, ionice: 14_400, lscpu: 100_000, findmnt: 68_000, lsblk: 150_000,
  mountpoint: 18_000, rev: 14_400, whereis: 35_000, dmesg: 80_000, chrt: 27_000, fallocate: 27_000,
  passwd: 64_000, chage: 72_000, chfn: 62_000, chsh: 52_000, gpasswd: 80_000, newgrp: 40_000, expiry: 23_000,
  zgrep: 8_000, zless: 2_200, zmore: 1_800, zdiff: 1_700, zcmp: 1_700, zfgrep: 30, zegrep: 30, gzexe: 6_500,
  sdiff: 60_000, diff3: 60_000, ischroot: 14_400, 'add-shell': 1_000, 'remove-shell': 1_000,
};

export const DEBIAN_USR_SBIN: Record<string, number> = {
  useradd: 148_000, userdel: 97_000, usermod: 130_000, groupadd: 84_000, groupdel: 80_000, groupmod: 84_000,
  chpasswd: 60_000, adduser: 40_000, deluser: 20_000, nologin: 14_640, chroot: 43_920, ldconfig: 990_000,
  'start-stop-daemon': 55_000, 'pam-auth-update': 23_000, 'invoke-rc.d': 14_000, 'update-rc.d': 17_000,
};

/** Links of the Debian 12 essential set. */
export const DEBIAN_LINKS: Entry[] = [
  { p: '/usr/bin/sh', l: 'dash' },
  { p: '/usr/bin/rbash', l: 'bash' },
  { p: '/usr/bin/awk', l: '/etc/alternatives/awk' },
  { p: '/usr/bin/which', l: '/etc/alternatives/which' },
  { p: '/usr/bin/pager', l: '/etc/alternatives/pager' },
  { p: '/usr/sbin/addgroup', l: 'adduser' },
  { p: '/usr/sbin/delgroup', l: 'deluser' },
  { p: '/etc/alternatives', d: true },
  { p: '/etc/alternatives/awk', l: '/usr/bin/mawk' },
  { p: '/etc/alternatives/which', l: '/usr/bin/which.debianutils' },
  { p: '/etc/alternatives/pager', l: '/usr/bin/more' },
  { p: '/usr/lib/x86_64-linux-gnu', d: true },
  { p: '/usr/lib/x86_64-linux-gnu/libc.so.6', s: 1_922_136, x: true },
  { p: '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2', s: 210_968, x: true },
  { p: '/usr/lib/x86_64-linux-gnu/libm.so.6', s: 907_784 },
  { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6.0.30', s: 2_190_440 },
  { p: '/usr/lib/x86_64-linux-gnu/libstdc++.so.6', l: 'libstdc++.so.6.0.30' },
  { p: '/usr/lib/x86_64-linux-gnu/libgcc_s.so.1', s: 125_312 },
  { p: '/usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0.0', s: 2_240_152 },
  { p: '/usr/lib/x86_64-linux-gnu/libapt-pkg.so.6.0', l: 'libapt-pkg.so.6.0.0' },
  { p: '/usr/lib/x86_64-linux-gnu/libsystemd.so.0.35.0', s: 899_832 },
  { p: '/usr/lib/x86_64-linux-gnu/libsystemd.so.0', l: 'libsystemd.so.0.35.0' },
  { p: '/usr/lib/x86_64-linux-gnu/libz.so.1.2.13', s: 121_280 },
  { p: '/usr/lib/x86_64-linux-gnu/libz.so.1', l: 'libz.so.1.2.13' },
  { p: '/usr/lib64/ld-linux-x86-64.so.2', l: '/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
];

/** /etc of a Debian 12 rootfs (os-release, debian_version and the account files are per image). */
export const DEBIAN_ETC: Entry[] = [
  { p: '/etc/os-release', l: '../usr/lib/os-release' },
  { p: '/etc/shells', c: '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/bin/dash\n/usr/bin/dash\n' },
  { p: '/etc/profile', s: 769 },
  { p: '/etc/bash.bashrc', s: 1_994 },
  { p: '/etc/login.defs', s: 12_569 },
  { p: '/etc/adduser.conf', s: 3_040 },
  { p: '/etc/deluser.conf', s: 604 },
  { p: '/etc/nsswitch.conf', s: 494 },
  { p: '/etc/host.conf', s: 9 },
  { p: '/etc/issue', s: 27 },
  { p: '/etc/issue.net', s: 20 },
  { p: '/etc/ld.so.conf', s: 34 },
  { p: '/etc/ld.so.cache', s: 7_981 },
  { p: '/etc/skel', d: true },
  { p: '/etc/skel/.bashrc', s: 3_526 },
  { p: '/etc/skel/.profile', s: 807 },
  { p: '/etc/skel/.bash_logout', s: 220 },
  { p: '/etc/apt', d: true },
  { p: '/etc/apt/apt.conf.d', d: true },
  { p: '/etc/apt/apt.conf.d/docker-clean', s: 1_336 },
  { p: '/etc/apt/sources.list.d', d: true },
  { p: '/etc/dpkg', d: true },
  { p: '/etc/dpkg/dpkg.cfg', s: 446 },
  { p: '/var/lib/dpkg', d: true },
  { p: '/var/lib/dpkg/status', s: 81_230 },
  { p: '/var/lib/apt', d: true },
  { p: '/var/lib/apt/lists', d: true },
];

/** tzdata as Debian 12 installs it (Ubuntu base images ship without it). */
export const DEBIAN_TZ: Entry[] = [
  { p: '/etc/timezone', c: 'Etc/UTC\n' },
  { p: '/etc/localtime', l: '/usr/share/zoneinfo/Etc/UTC' },
  { p: '/usr/share/zoneinfo', d: true },
  { p: '/usr/share/zoneinfo/Etc', d: true },
  { p: '/usr/share/zoneinfo/Etc/UTC', s: 114 },
  { p: '/usr/share/zoneinfo/UTC', l: 'Etc/UTC' },
];

/** Where a Debian/Ubuntu layer's unnamed bytes go. */
export const DEBIAN_BULK = {
  '/usr/lib/x86_64-linux-gnu': 40,
  '/usr/share/zoneinfo': 4,
  '/usr/share/perl5': 1,
  '/usr/share/doc': 6,
  '/usr/share/man': 5,
  '/usr/share/locale': 6,
  '/usr/share/i18n': 4,
  '/usr/bin': 4,
  '/usr/sbin': 1,
  '/usr/libexec': 1,
  '/var/lib/dpkg': 3,
  '/etc': 1,
};

/** Ubuntu: no tzdata. */
export const UBUNTU_BULK = {
  '/usr/lib/x86_64-linux-gnu': 40,
  '/usr/share/perl5': 1,
  '/usr/share/doc': 3,
  '/usr/share/man': 1,
  '/usr/share/locale': 2,
  '/usr/bin': 4,
  '/usr/sbin': 1,
  '/usr/libexec': 1,
  '/var/lib/dpkg': 3,
  '/etc': 1,
};

/** Slim images drop /usr/share/doc, man pages and most locales. */
export const DEBIAN_SLIM_BULK = {
  '/usr/lib/x86_64-linux-gnu': 40,
  '/usr/share/zoneinfo': 4,
  '/usr/share/perl5': 1,
  '/usr/bin': 4,
  '/usr/sbin': 1,
  '/usr/libexec': 1,
  '/var/lib/dpkg': 3,
  '/etc': 1,
};
