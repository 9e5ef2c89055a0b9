# region create
client.create(amount=100)
# endregion
