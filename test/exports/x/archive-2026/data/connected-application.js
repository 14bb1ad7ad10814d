window.YTD.connected_application.part0 = [
  {
    "connectedApplication": {
      "organization": {
        "name": "Fictional Co"
      },
      "name": "Scheduler",
      "description": "\u2026",
      "permissions": [
        "read",
        "write"
      ],
      "approvedAt": "2020-01-01T00:00:00.000Z",
      "id": "11"
    }
  },
  {
    "connectedApplication": {
      "organization": {
        "name": "Other Co"
      },
      "name": "Analytics",
      "permissions": [
        "read"
      ],
      "approvedAt": "2021-01-01T00:00:00.000Z",
      "id": "12"
    }
  }
]