src/app.js
