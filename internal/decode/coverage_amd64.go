package decode

// archPartial adds this architecture's own gaps to the partial list.
var archPartial = map[string]string{}
