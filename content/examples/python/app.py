import requests
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    zen = requests.get("https://api.github.com/zen", timeout=5).text
    return f"The kitchen says: {zen}\n"
