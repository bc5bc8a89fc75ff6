// scratch, busybox and nginx:alpine.
import type { ImageSpec } from '../types';
import { ALPINE_GROUP, ALPINE_PASSWD, ALPINE_SHADOW, BUSYBOX_APPLETS, DEFAULT_PATH } from './common';

const REPO_INFO = 'docker-library/repo-info';

const BUSYBOX_PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

const BUSYBOX_GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
kmem:x:9:
wheel:x:10:root
cdrom:x:11:
dialout:x:18:
floppy:x:19:
video:x:28:
audio:x:29:
tape:x:32:
www-data:x:33:
operator:x:37:
utmp:x:43:
plugdev:x:46:
staff:x:50:
lock:x:54:
netdev:x:82:
users:x:100:
nogroup:x:65534:
`;

export const MISC: ImageSpec[] = [
  {
    tags: ['scratch'],
    steps: [],
    config: { env: [`PATH=${DEFAULT_PATH}`], workdir: '/' },
    size: { mb: 0, basis: 'documented', source: 'moby/buildkit frontend/dockerfile/dockerfile2llb/image.go (func emptyImage)' },
    facts: {
      libc: 'none',
      shell: null,
      packageManager: 'none',
      caCertificates: false,
      tzdata: false,
      sources: ['moby/buildkit frontend/dockerfile/dockerfile2llb/image.go', 'moby/buildkit frontend/dockerfile/dockerfile2llb/convert.go'],
      date: '2026-11',
      notes: 'An explicitly empty image: FROM scratch adds no layer; BuildKit gives it WorkingDir "/" and the default PATH. No /etc/passwd, no shell, no CA certificates.',
    },
  },
  {
    tags: ['busybox:latest', 'busybox:1.38', 'busybox:1.38.0', 'busybox:glibc', 'busybox:1.38-glibc', 'busybox:1.38.0-glibc', 'busybox:1', 'busybox:1-glibc'],
    steps: [
      {
        run: 'ADD busybox.tar.xz / # buildkit',
        files: [
          { p: '/bin', d: true }, { p: '/dev', d: true }, { p: '/etc', d: true }, { p: '/home', d: true }, { p: '/lib', d: true },
          { p: '/lib64', l: 'lib' }, { p: '/root', d: true, m: 0o700 }, { p: '/tmp', d: true, m: 0o1777 }, { p: '/usr', d: true },
          { p: '/usr/sbin', d: true }, { p: '/var', d: true }, { p: '/var/spool', d: true }, { p: '/var/spool/mail', d: true },
          { p: '/var/www', d: true },
          { p: '/bin/busybox', s: 1_130_000, x: true },
          { p: '/lib/ld-linux-x86-64.so.2', s: 210_968, x: true },
          { p: '/lib/libc.so.6', s: 1_922_136, x: true },
          { p: '/lib/libm.so.6', s: 907_784 },
          { p: '/lib/libresolv.so.2', s: 68_104 },
          { p: '/lib/libnss_files.so.2', s: 27_000 },
          { p: '/lib/libnss_dns.so.2', s: 27_000 },
          { p: '/lib/libnss_compat.so.2', s: 45_000 },
          { p: '/etc/passwd', c: BUSYBOX_PASSWD },
          { p: '/etc/group', c: BUSYBOX_GROUP },
          { p: '/etc/shadow', s: 243, m: 0o600 },
          { p: '/etc/nsswitch.conf', s: 494 },
        ],
        links: [{ dir: '/bin', to: 'busybox', names: BUSYBOX_APPLETS }],
        bulk: { '/lib': 1 },
      },
      { empty: 'CMD ["sh"]' },
    ],
    config: { env: [`PATH=${DEFAULT_PATH}`], cmd: ['sh'], workdir: '/' },
    size: { mb: 4.45, basis: 'measured', source: `${REPO_INFO} repos/busybox/local/latest.md`, asOf: '2026-05-13 (1.38.0)' },
    facts: {
      libc: 'glibc',
      shell: '/bin/sh (busybox ash)',
      packageManager: 'none',
      caCertificates: false,
      tzdata: false,
      sources: [`${REPO_INFO} repos/busybox/local/latest.md`],
      notes:
        'busybox:latest is the glibc variant: a busybox binary plus the glibc libraries it loads (4.45 MB; the musl and uclibc variants are about 1.5 MB). The real image hard-links its ~400 applets to /bin/busybox; the catalog lists the common ones as symlinks. No package manager.',
    },
    variants: [
      {
        tags: ['busybox:1.37', 'busybox:1.37.0', 'busybox:1.37-glibc', 'busybox:1.37.0-glibc', 'busybox:stable', 'busybox:stable-glibc'],
        size: { mb: 4.45, basis: 'estimate', source: 'taken as busybox:latest (1.38.0); 1.37 was not measured', corrected: { from: 4.45, why: 'the research data lists busybox:1.37 as a tag of busybox:latest; by 2026 latest is 1.38.0, so 1.37 is its own image, sized as latest' } },
        facts: { notes: 'busybox 1.37 (the stable branch in 2026), sized as busybox:latest.' },
      },
    ],
  },
  {
    tags: [
      'nginx:alpine', 'nginx:mainline-alpine', 'nginx:1-alpine', 'nginx:1.31-alpine', 'nginx:1.31.6-alpine', 'nginx:alpine3.24',
      'nginx:mainline-alpine3.24', 'nginx:1-alpine3.24', 'nginx:1.31-alpine3.24', 'nginx:1.31.6-alpine3.24',
    ],
    from: 'alpine:3.24',
    steps: [
      { empty: 'LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>' },
      { empty: 'ENV NGINX_VERSION=1.31.6' },
      { empty: 'ENV PKG_RELEASE=1' },
      { empty: 'ENV DYNPKG_RELEASE=1' },
      {
        run: 'RUN /bin/sh -c set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apk add --no-cache nginx=${NGINX_VERSION}-r${PKG_RELEASE} … && apk add --no-cache tzdata && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log … # buildkit',
        mb: 5.5,
        files: [
          { p: '/etc/passwd', c: `${ALPINE_PASSWD}nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n` },
          { p: '/etc/group', c: `${ALPINE_GROUP}nginx:x:101:nginx\n` },
          { p: '/etc/shadow', c: `${ALPINE_SHADOW}nginx:!:20350:0:99999:7:::\n`, m: 0o640, g: 42 },
          { p: '/usr/sbin/nginx', s: 1_550_000, x: true },
          { p: '/usr/sbin/nginx-debug', s: 1_640_000, x: true },
          { p: '/usr/bin/envsubst', s: 45_000, x: true },
          { p: '/etc/nginx/nginx.conf', s: 648 },
          { p: '/etc/nginx/conf.d', d: true },
          { p: '/etc/nginx/conf.d/default.conf', s: 1_093 },
          { p: '/etc/nginx/mime.types', s: 5_349 },
          { p: '/etc/nginx/fastcgi_params', s: 1_007 },
          { p: '/etc/nginx/scgi_params', s: 636 },
          { p: '/etc/nginx/uwsgi_params', s: 664 },
          { p: '/etc/nginx/modules', l: '../../usr/lib/nginx/modules' },
          { p: '/usr/lib/nginx/modules', d: true },
          { p: '/usr/share/nginx/html/index.html', s: 615 },
          { p: '/usr/share/nginx/html/50x.html', s: 497 },
          { p: '/var/cache/nginx', d: true, u: 101 },
          { p: '/var/log/nginx', d: true },
          { p: '/var/log/nginx/access.log', l: '/dev/stdout' },
          { p: '/var/log/nginx/error.log', l: '/dev/stderr' },
          { p: '/usr/share/zoneinfo/UTC', s: 111 },
        ],
        bulk: { '/usr/lib': 2, '/usr/share/zoneinfo': 1 },
      },
      { run: 'COPY docker-entrypoint.sh / # buildkit', exact: true, files: [{ p: '/docker-entrypoint.sh', s: 1_620, x: true }] },
      { run: 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', exact: true, files: [{ p: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', s: 2_125, x: true }] },
      { run: 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', exact: true, files: [{ p: '/docker-entrypoint.d/15-local-resolvers.envsh', s: 389, x: true }] },
      { run: 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', exact: true, files: [{ p: '/docker-entrypoint.d/20-envsubst-on-templates.sh', s: 3_018, x: true }] },
      { run: 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', exact: true, files: [{ p: '/docker-entrypoint.d/30-tune-worker-processes.sh', s: 4_620, x: true }] },
      { empty: 'ENTRYPOINT ["/docker-entrypoint.sh"]' },
      { empty: 'EXPOSE map[80/tcp:{}]' },
      { empty: 'STOPSIGNAL SIGQUIT' },
      { empty: 'CMD ["nginx" "-g" "daemon off;"]' },
      { empty: 'ENV NJS_VERSION=1.0.1' },
      { empty: 'ENV NJS_RELEASE=1' },
      { empty: 'ENV ACME_VERSION=0.4.1' },
      {
        run: 'RUN /bin/sh -c set -x && apkArch="$(cat /etc/apk/arch)" && nginxPackages=" nginx=… nginx-module-xslt=… nginx-module-geoip=… nginx-module-image-filter=… nginx-module-njs=… nginx-module-acme=… " … && apk add --no-cache curl ca-certificates # buildkit',
        files: [
          { p: '/usr/lib/nginx/modules/ngx_http_js_module.so', s: 2_600_000 },
          { p: '/usr/lib/nginx/modules/ngx_stream_js_module.so', s: 2_500_000 },
          { p: '/usr/lib/nginx/modules/ngx_http_acme_module.so', s: 4_200_000 },
          { p: '/usr/lib/nginx/modules/ngx_http_xslt_filter_module.so', s: 60_000 },
          { p: '/usr/lib/nginx/modules/ngx_http_geoip_module.so', s: 45_000 },
          { p: '/usr/lib/nginx/modules/ngx_http_image_filter_module.so', s: 60_000 },
          { p: '/usr/bin/curl', s: 280_000, x: true },
          { p: '/etc/ssl/certs/ca-certificates.crt', s: 218_000 },
        ],
        bulk: { '/usr/lib': 6, '/usr/share': 1 },
      },
    ],
    config: {
      labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
      env: ['NGINX_VERSION=1.31.6', 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1', 'NJS_VERSION=1.0.1', 'NJS_RELEASE=1', 'ACME_VERSION=0.4.1'],
      entrypoint: ['/docker-entrypoint.sh'],
      ports: ['80/tcp'],
      stopSignal: 'SIGQUIT',
      cmd: ['nginx', '-g', 'daemon off;'],
    },
    size: {
      mb: 62.94,
      basis: 'measured',
      source: `${REPO_INFO} repos/nginx/local/1.31.6-alpine3.24.md`,
      asOf: '2026-09-17',
      corrected: { from: 40.7, why: 'the research data used the 2023 record of nginx 1.23.3; nginx:alpine in 2026 is 1.31.6 on Alpine 3.24 with the njs, acme, xslt, geoip and image-filter modules' },
    },
    facts: {
      libc: 'musl',
      shell: '/bin/sh (busybox ash)',
      packageManager: 'apk',
      caCertificates: true,
      tzdata: true,
      sources: [`${REPO_INFO} repos/nginx/local/1.31.6-alpine3.24.md`, 'nginx/docker-nginx mainline/alpine/Dockerfile', `${REPO_INFO} repos/nginx/local/alpine.md`],
      notes: 'Built FROM nginx:1.31.x-alpine-slim. The master process runs as root; workers run as the nginx user (uid 101, gid 101) set in nginx.conf. ENTRYPOINT runs the /docker-entrypoint.d scripts before nginx.',
    },
  },
];
