window.YTD.personalization.part0 = [
  {
    "p13nData": {
      "demographics": {
        "languages": [
          {
            "language": "English",
            "isDisabled": false
          }
        ],
        "genderInfo": {
          "gender": "female"
        }
      },
      "interests": {
        "interests": [
          {
            "name": "Technology",
            "isDisabled": false
          },
          {
            "name": "Cats",
            "isDisabled": false
          },
          {
            "name": "Running",
            "isDisabled": true
          }
        ],
        "partnerInterests": [],
        "audienceAndAdvertisers": {
          "lookalikeAdvertisers": [
            "@a",
            "@b"
          ],
          "advertisers": [],
          "doNotReachAdvertisers": [],
          "catalogAudienceAdvertisers": [],
          "numAudiences": "12"
        },
        "shows": []
      },
      "locationHistory": [],
      "inferredAgeInfo": {
        "age": [
          "13-54"
        ],
        "birthDate": ""
      }
    }
  }
]