import express from 'express';
import axios from 'axios';

const app = express();

app.get('/', async (_req, res) => {
  const { data } = await axios.get('https://api.github.com/zen');
  res.send(`The kitchen says: ${data}\n`);
});

app.listen(3000, () => console.log('listening on :3000'));
