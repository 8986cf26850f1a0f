print("shangjia")
