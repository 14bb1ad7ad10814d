window.YTD.account.part0 = [
  {
    "account": {
      "email": "sam@example.com",
      "createdVia": "web",
      "username": "sam_placeholder",
      "accountId": "1",
      "createdAt": "2015-01-01T00:00:00.000Z",
      "accountDisplayName": "Sam Placeholder"
    }
  }
]