window.YTD.ageinfo.part0 = [
  {
    "ageMeta": {
      "ageInfo": {
        "age": [
          "35"
        ],
        "birthDate": "1990-06-15"
      }
    }
  }
]