# The platform console's screens (loaded when the console opens).

console-title = 平台控制台
