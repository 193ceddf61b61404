morganisation.profile
{"name":"Anna","locale":"en"}