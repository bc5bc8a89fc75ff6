// Fake credentials in the formats the detectors know (none of them is real).
export const GH_TOKEN = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
export const AWS_KEY_ID = 'AKIA' + 'IOSFODNN7EXAMPLE';
export const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
export const NPM_TOKEN = 'npm_' + 'abcdefghijklmnopqrstuvwxyz0123456789';
export const SLACK_TOKEN = 'xoxb-' + '123456789012-abcdefABCDEF';
export const PRIVATE_KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----\n';
