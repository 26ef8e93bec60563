export { validate296 as compiledLocationAddress };
const schema96 = {"type":"object","properties":{"city":{"type":"string"},"country":{"type":"string"},"countryName":{"type":"string"},"state":{"type":"string"},"street1":{"type":"string"},"street2":{"type":"string"},"zipcode":{"type":"string"}}};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err0 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.country !== undefined){
if(typeof data.country !== "string"){
const err1 = {instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.countryName !== undefined){
if(typeof data.countryName !== "string"){
const err2 = {instancePath:instancePath+"/countryName",schemaPath:"#/properties/countryName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.state !== undefined){
if(typeof data.state !== "string"){
const err3 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.street1 !== undefined){
if(typeof data.street1 !== "string"){
const err4 = {instancePath:instancePath+"/street1",schemaPath:"#/properties/street1/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.street2 !== undefined){
if(typeof data.street2 !== "string"){
const err5 = {instancePath:instancePath+"/street2",schemaPath:"#/properties/street2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zipcode !== undefined){
if(typeof data.zipcode !== "string"){
const err6 = {instancePath:instancePath+"/zipcode",schemaPath:"#/properties/zipcode/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate296.errors = vErrors;
return errors === 0;
}
