window.YTD.phone_number.part0 = [
  {
    "device": {
      "phoneNumber": "+15550100000"
    }
  }
]