export { validate296 as guardLocationAddress };
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
const _errs1 = errors;
if(typeof data.city !== "string"){
validate296.errors = [{instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
const _errs3 = errors;
if(typeof data.country !== "string"){
validate296.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.countryName !== undefined){
const _errs5 = errors;
if(typeof data.countryName !== "string"){
validate296.errors = [{instancePath:instancePath+"/countryName",schemaPath:"#/properties/countryName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(typeof data.state !== "string"){
validate296.errors = [{instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street1 !== undefined){
const _errs9 = errors;
if(typeof data.street1 !== "string"){
validate296.errors = [{instancePath:instancePath+"/street1",schemaPath:"#/properties/street1/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.street2 !== undefined){
const _errs11 = errors;
if(typeof data.street2 !== "string"){
validate296.errors = [{instancePath:instancePath+"/street2",schemaPath:"#/properties/street2/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.zipcode !== undefined){
const _errs13 = errors;
if(typeof data.zipcode !== "string"){
validate296.errors = [{instancePath:instancePath+"/zipcode",schemaPath:"#/properties/zipcode/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate296.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate296.errors = vErrors;
return errors === 0;
}
