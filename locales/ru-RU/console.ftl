# The platform console's screens (loaded when the console opens).

console-title = Консоль платформы
