print("ndc")
