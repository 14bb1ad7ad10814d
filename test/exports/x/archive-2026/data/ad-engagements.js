window.YTD.ad_engagements.part0 = [
  {
    "ad": {
      "adsUserData": {
        "adEngagements": {
          "engagements": [
            {
              "impressionAttributes": {
                "deviceInfo": {
                  "osType": "Desktop"
                },
                "displayLocation": "TimelineHome",
                "promotedTweetInfo": {
                  "tweetId": "1",
                  "tweetText": "Buy tea"
                },
                "advertiserInfo": {
                  "advertiserName": "Tea Co",
                  "screenName": "@teaco"
                },
                "matchedTargetingCriteria": [
                  {
                    "targetingType": "Age",
                    "targetingValue": "25 to 34"
                  },
                  {
                    "targetingType": "Locations",
                    "targetingValue": "Springfield"
                  }
                ],
                "impressionTime": "2024-01-05 10:00:00"
              },
              "engagementAttributes": [
                {
                  "engagementTime": "2024-01-05 10:00:05",
                  "engagementType": "ChargeableImpression"
                }
              ]
            },
            {
              "impressionAttributes": {
                "advertiserInfo": {
                  "advertiserName": "Shoe Co",
                  "screenName": "@shoeco"
                },
                "matchedTargetingCriteria": [
                  {
                    "targetingType": "Interests",
                    "targetingValue": "Running"
                  }
                ],
                "impressionTime": "2024-03-20 18:30:00"
              },
              "engagementAttributes": [
                {
                  "engagementTime": "2024-03-20 18:31:00",
                  "engagementType": "Click"
                }
              ]
            }
          ]
        }
      }
    }
  }
]