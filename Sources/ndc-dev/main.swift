print("ndc-dev")
