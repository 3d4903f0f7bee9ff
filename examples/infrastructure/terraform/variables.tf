variable "environment_name" {
  type        = string
  description = "Name of the environment."
}

variable "location" {
  type    = string
  default = "eastus2"
}

variable "service_plan_id" {
  type = string
}

variable "openai_local_auth_enabled" {
  type        = bool
  description = "Allow API-key authentication on the Azure OpenAI account."
  default     = true
}
